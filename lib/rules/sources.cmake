# lib/rules — rule kinds, context conditions, the pack loader, and the default English pack, which is
# embedded at build time from packs/*.toml (see embed_packs.cmake).
list(APPEND PC_SOURCES
  rules/acronym.cpp
  rules/condition_clients.cpp
  rules/condition_negated.cpp
  rules/condition_niche.cpp
  rules/condition_quoted.cpp
  rules/condition_room.cpp
  rules/condition_stock_any.cpp
  rules/condition_target.cpp
  rules/conditions.cpp
  rules/context.cpp
  rules/examples.cpp
  rules/metric.cpp
  rules/pack_loader.cpp
  rules/pack_values.cpp
  rules/phrase.cpp
  rules/regex.cpp
  rules/rule.cpp
  rules/rule_set.cpp)

file(GLOB _pc_rule_packs CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/packs/*.toml)
list(SORT _pc_rule_packs)
list(JOIN _pc_rule_packs "|" _pc_rule_packs_arg)
set(_pc_builtin_packs ${CMAKE_CURRENT_BINARY_DIR}/rules/builtin_packs.cpp)
add_custom_command(
  OUTPUT ${_pc_builtin_packs}
  COMMAND ${CMAKE_COMMAND} -DOUTPUT=${_pc_builtin_packs} -DPACKS=${_pc_rule_packs_arg}
          -P ${CMAKE_CURRENT_LIST_DIR}/embed_packs.cmake
  DEPENDS ${_pc_rule_packs} ${CMAKE_CURRENT_LIST_DIR}/embed_packs.cmake
  COMMENT "Embedding the rule packs"
  VERBATIM)
list(APPEND PC_GENERATED_SOURCES ${_pc_builtin_packs})
