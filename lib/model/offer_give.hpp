// model/offer_give.hpp — what the speaker does (offer) and whom they can introduce (give).
#pragma once

#include "model/context.hpp"
#include "model/phrase_facts.hpp"
#include "model/target.hpp"

namespace pitchclarity::model {

struct OfferResult {
  int level = 0;  // 0 unclear, 1 generic ("I'm in marketing"), 2 a concrete trade or service
  TokenRange best;
  TokenRange said;  // best with the words that introduced it ("I make wedding cakes …"); empty when the
                    // trade came from a self-introduction ("Mick Lomas, chimney sweep")
  std::string summary;
};

struct GiveResult {
  int level = 0;  // 0 none, 1 general ("I know lots of people"), 2 identifiable contacts
  TokenRange best;
};

// `targets` keeps the client's trade ("I help dentists") from being read as the speaker's.
OfferResult find_offer(const Context& ctx, const TargetResult& targets);
GiveResult find_give(const Context& ctx);

}  // namespace pitchclarity::model
