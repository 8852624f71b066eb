# The corpus evaluation: label consistency, per-dimension agreement, vague-phrase precision/recall and
# Spearman per split. The test split is held back: measured here, never tuned on.
find_package(CLI11 2 REQUIRED CONFIG)
add_executable(pitchclarity_eval corpus/main.cpp corpus/corpus.cpp corpus/metrics.cpp corpus/evaluate.cpp
                                 corpus/calibrate.cpp)
target_link_libraries(pitchclarity_eval PRIVATE pitchclarity_internal CLI11::CLI11 tomlplusplus::tomlplusplus)
pitchclarity_warnings(pitchclarity_eval)

add_test(NAME corpus.dev COMMAND pitchclarity_eval ${PROJECT_SOURCE_DIR}/corpus --split dev
                                 --json ${CMAKE_CURRENT_BINARY_DIR}/corpus-dev.json)
add_test(NAME corpus.test COMMAND pitchclarity_eval ${PROJECT_SOURCE_DIR}/corpus --split test --floors interim
                                  --json ${CMAKE_CURRENT_BINARY_DIR}/corpus-test.json)
