list(APPEND PC_SOURCES model/analyzer.cpp model/pipeline.cpp model/input_findings.cpp model/length.cpp
                       model/cue_vocabulary.cpp model/phrase_list.cpp model/model_data.cpp model/context.cpp
                       model/phrase_facts.cpp model/target.cpp model/ask_requests.cpp model/indirect_targets.cpp
                       model/problem.cpp model/problem_measure.cpp model/offer_give.cpp model/industry.cpp model/clarity.cpp
                       model/score.cpp model/rewrite.cpp model/missing.cpp model/restated_need.cpp
                       model/phrase_end.cpp model/phrase_words.cpp)

set(PC_MODEL_DATA ${CMAKE_CURRENT_SOURCE_DIR}/model/data/cues.toml ${CMAKE_CURRENT_SOURCE_DIR}/model/data/score.toml
                  ${CMAKE_CURRENT_SOURCE_DIR}/model/data/checks.toml)
add_custom_command(
  OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/model/embedded_data.cpp ${CMAKE_CURRENT_BINARY_DIR}/model/embedded_data.hpp
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/model
  COMMAND ${CMAKE_COMMAND} -DOUTPUT=${CMAKE_CURRENT_BINARY_DIR}/model/embedded_data.cpp
          -DHEADER=${CMAKE_CURRENT_BINARY_DIR}/model/embedded_data.hpp -DNAMESPACE=pitchclarity::model::embedded
          "-DINPUTS=${PC_MODEL_DATA}" -P ${PROJECT_SOURCE_DIR}/cmake/embed.cmake
  DEPENDS ${PC_MODEL_DATA} ${PROJECT_SOURCE_DIR}/cmake/embed.cmake
  COMMENT "Embedding the model's data files" VERBATIM)
list(APPEND PC_GENERATED_SOURCES ${CMAKE_CURRENT_BINARY_DIR}/model/embedded_data.cpp)

# The cue lists, tokenised at build time (model/cue_phrases.hpp): pc_cue_gen runs the text pipeline and the
# lemmatizer over every list of cues.toml and writes the tokens as constant tables. A host program, like
# pc_lexicon_gen.
add_executable(pc_cue_gen ${CMAKE_CURRENT_LIST_DIR}/gen/cue_gen.cpp)
target_include_directories(pc_cue_gen PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(pc_cue_gen PRIVATE pitchclarity_base_objects ICU::uc ICU::i18n ICU::data
                                         tomlplusplus::tomlplusplus)
pitchclarity_warnings(pc_cue_gen)
set(_pc_cue_tables ${CMAKE_CURRENT_BINARY_DIR}/model/cue_tables.cpp)
add_custom_command(
  OUTPUT ${_pc_cue_tables}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/model
  COMMAND pc_cue_gen ${CMAKE_CURRENT_SOURCE_DIR}/model/data/cues.toml ${_pc_cue_tables}
  DEPENDS pc_cue_gen ${CMAKE_CURRENT_SOURCE_DIR}/model/data/cues.toml
  COMMENT "Tokenising the model's cue lists"
  VERBATIM)
list(APPEND PC_GENERATED_SOURCES ${_pc_cue_tables})
