# --help explains itself to a newcomer: examples and exit codes included.
set(ARGS --help)
set(STDOUT_MATCHES "Usage: pitchcheck" "Examples:" "pitchcheck pitch\\.txt" "pitchcheck batch pitches\\.csv"
                   "--min-score" "Exit status:" "4  a --rules file")
