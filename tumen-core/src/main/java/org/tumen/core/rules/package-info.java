/**
 * Sanctions rules as data and the checker that applies them to events.
 *
 * <p>Each regime is one YAML file in {@code resources/org/tumen/core/rules/} ({@code un-dprk.yaml},
 * {@code eu-dprk.yaml}, {@code uk-dprk.yaml}, {@code us-dprk.yaml}): so that a lawyer can read and correct a
 * citation without reading Java, and a test can hold every rule to the same invariants. {@link
 * org.tumen.core.rules.RuleFiles} reads and validates them; {@link org.tumen.core.rules.SanctionsChecker} tests
 * every TRANSFER, and every CROSSING that carries goods, for direction, goods and date, and returns {@link
 * org.tumen.core.model.Flag}s that explain themselves.
 *
 * <p>Severity: {@code breach} where the rule itself names the goods (UN arms); {@code possible} where it hangs on a
 * national list (horses are luxury goods under EU and UK lists, not the UN annexes), on goods the text leaves
 * unclear, or on a designation decision (US); {@code review} where only a yearly cap could be breached (petroleum).
 *
 * <p>Listed parties come through {@link org.tumen.core.rules.PartyScreen}, implemented by name screening.
 */
package org.tumen.core.rules;
