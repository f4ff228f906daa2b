/**
 * Tests of the store on real databases: {@code StoreContract} holds the behaviour, one subclass per database.
 * Fusion and assessment are replaced by small deterministic doubles so that expected numbers are exact.
 */
package org.tumen.store;
