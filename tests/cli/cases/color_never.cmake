string(ASCII 27 esc)
set(ARGS --color=never --rules cli-test-pack.toml pitches/zoe.txt)
set(STDOUT_NOT_MATCHES "${esc}")
