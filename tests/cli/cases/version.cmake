set(ARGS --version)
set(STDOUT_MATCHES "^pitchcheck [0-9]+\\.[0-9]+\\.[0-9]+ \\(pitchclarity [0-9]+\\.[0-9]+\\.[0-9]+\\)\n$")
