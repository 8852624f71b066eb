set(ARGS batch --help)
set(STDOUT_MATCHES "Usage: pitchcheck batch" "Examples:" "--format csv pitches\\.csv" "-j,--jobs" "--text-column")
