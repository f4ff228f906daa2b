package org.tumen.core.recognise;

/**
 * How a text refers to a country. Extraction needs this: "Pyongyang closed the bridge" makes the state
 * an actor, "North Korean elites" does not, and "Russia's veterinary service" is a source to cite.
 */
public enum CountryForm {
    /** "North Korea", "Russian Federation", "Britain". */
    NAME,
    /** A code written as a word: "DPRK", "US", "U.K.". */
    CODE,
    /** "North Korean", "Russian", "Soviet". */
    DEMONYM,
    /** A capital used for the state: "Pyongyang", "Moscow". */
    CAPITAL,
    /** A seat of government used for the state: "the Kremlin", "the White House". */
    SEAT_OF_GOVERNMENT,
    /** A government named after its leader: "the Biden administration". */
    GOVERNMENT,
    /** A ministry or agency: "North Korean Defence Ministry", "Rosselkhoznadzor". */
    STATE_ORGAN,
    /** A state news outlet: "KCNA", "TASS". */
    STATE_MEDIA
}
