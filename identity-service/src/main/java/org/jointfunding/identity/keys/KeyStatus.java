package org.jointfunding.identity.keys;

/** CURRENT signs; PREVIOUS still verifies (tokens issued before the last rotation); RETIRED does neither. */
public enum KeyStatus {
    CURRENT, PREVIOUS, RETIRED
}
