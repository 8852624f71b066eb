// gen/emit.hpp — writing the tables as C++ source: front-coded key blocks and value arrays as string
// literals and integer arrays, gathered in one constant-initialised detail::Tables (layout in tables.hpp).
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>

#include "gen_lex.hpp"
#include "nouns.hpp"
#include "sectors.hpp"

namespace pcgen {

struct Inputs {
  const GenLex& lex;
  const NounData& nouns;
  const SectorData& sectors;
  const std::set<std::string>& broad_modifiers;
  const std::set<std::string>& neutral_modifiers;
};

struct EmitStats {
  std::size_t word_keys = 0, table_bytes = 0;
};

// Writes the source to `path` (through a temporary file, so a failed run leaves no half-written output).
EmitStats write_tables(const Inputs& in, const std::string& path);

}  // namespace pcgen
