package org.bulletinkg.extract;

/** How a named person took part in a meeting. */
public enum Role {
    CHAIR, ATTENDEE, NONVOTING, PRESENTER, INSTRUCTIONS
}
