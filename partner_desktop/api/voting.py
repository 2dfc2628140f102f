"""What a vote may take."""

#: Seconds a vote may take in all, re-check included; the vote pane says it while sending.
VOTE_DEADLINE = 20
