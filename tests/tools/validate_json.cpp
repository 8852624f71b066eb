// validate_json SCHEMA FILE — validates a JSON document (or one per line with --lines) against a JSON
// Schema with valijson. Prints every violation with its JSON path; exits 1 if any, 2 on unreadable input.
#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace {

bool validate_one(const valijson::Schema& schema, const nlohmann::json& doc, const std::string& where) {
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter adapter(doc);
  if (validator.validate(schema, adapter, &results)) return true;
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    std::string path;
    for (const std::string& p : error.context) path += p;
    std::cerr << where << ": " << path << ": " << error.description << '\n';
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  const bool lines = argc == 4 && std::string(argv[1]) == "--lines";
  if (argc != 3 && !lines) {
    std::cerr << "usage: validate_json [--lines] SCHEMA FILE\n";
    return 2;
  }
  const std::string schema_path = argv[lines ? 2 : 1];
  const std::string doc_path = argv[lines ? 3 : 2];
  std::ifstream schema_in(schema_path), doc_in(doc_path);
  if (!schema_in || !doc_in) {
    std::cerr << "validate_json: cannot open " << (schema_in ? doc_path : schema_path) << '\n';
    return 2;
  }
  nlohmann::json schema_json;
  try {
    schema_json = nlohmann::json::parse(schema_in);
  } catch (const std::exception& e) {
    std::cerr << schema_path << ": " << e.what() << '\n';
    return 2;
  }
  valijson::Schema schema;
  valijson::SchemaParser parser;
  valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_json);
  parser.populateSchema(schema_adapter, schema);

  int documents = 0;
  bool ok = true;
  try {
    if (lines) {
      std::string line;
      for (int n = 1; std::getline(doc_in, line); ++n) {
        if (line.empty()) continue;
        ok = validate_one(schema, nlohmann::json::parse(line), doc_path + ":" + std::to_string(n)) && ok;
        ++documents;
      }
    } else {
      ok = validate_one(schema, nlohmann::json::parse(doc_in), doc_path);
      ++documents;
    }
  } catch (const std::exception& e) {
    std::cerr << doc_path << ": not JSON: " << e.what() << '\n';
    return 2;
  }
  if (documents == 0) {
    std::cerr << doc_path << ": no JSON document found\n";
    return 1;
  }
  std::cout << documents << " document(s) " << (ok ? "valid" : "INVALID") << " against " << schema_path << '\n';
  return ok ? 0 : 1;
}
