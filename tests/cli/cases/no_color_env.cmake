string(ASCII 27 esc)
set(ENV_VARS NO_COLOR=1)
set(ARGS --color=auto --rules cli-test-pack.toml pitches/zoe.txt)
set(STDOUT_NOT_MATCHES "${esc}")
