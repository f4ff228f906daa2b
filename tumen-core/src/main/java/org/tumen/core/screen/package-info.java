/**
 * Sanctions lists and name screening: the UN Security Council consolidated list and OFAC's SDN list are read into
 * {@link org.tumen.core.screen.ListedParty} records ({@link org.tumen.core.screen.ListCatalog}), indexed by token,
 * phonetic and Korean-romanisation keys, and screened with one explainable scorer
 * ({@link org.tumen.core.screen.NameMatcher}) that the evaluation harness ({@link org.tumen.core.screen.NameBench})
 * measures on the nomenklatura name-matching pairs. The screener is the only entry point callers need
 * ({@link org.tumen.core.screen.Screener#screenParty(String)} for the sanctions checker).
 */
package org.tumen.core.screen;
