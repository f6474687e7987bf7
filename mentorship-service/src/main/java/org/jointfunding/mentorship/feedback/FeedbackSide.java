package org.jointfunding.mentorship.feedback;

/** Who wrote the feedback: the mentee startup (rating the mentor) or the mentor (rating the mentee). */
public enum FeedbackSide {
    STARTUP, MENTOR
}
