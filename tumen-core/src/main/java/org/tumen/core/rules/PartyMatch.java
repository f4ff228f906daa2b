package org.tumen.core.rules;

/**
 * A sanctions-list entry that a party name matched.
 *
 * @param regime the regime whose list it is, as in rule tags ("UN-DPRK", "US-DPRK")
 * @param listedName the name as listed
 * @param list the list and its reference ("UN consolidated list KPe.001", "OFAC SDN 12345")
 * @param citation the instrument that lists it or freezes its assets
 * @param score how close the match is, 0 to 1
 */
public record PartyMatch(String regime, String listedName, String list, String citation, double score) {}
