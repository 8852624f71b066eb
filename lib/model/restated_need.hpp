// model/restated_need.hpp — a group defined only by needing what the speaker sells.
//
// DESIGN counts a group defined by a moment as a niche ("couples getting married", "people buying their
// first home"), but a moment that is the speaker's own service in other words describes no client: for a
// removals firm "anyone moving house", for a mortgage broker "anyone who's remortgaging", for a podcast
// producer "entrepreneurs thinking about starting a podcast". Such a phrase restates the product (vague).
#pragma once

#include "model/offer_give.hpp"
#include "model/target.hpp"

namespace pitchclarity::model {

// Demotes every mention whose niche comes only from a moment that repeats the speaker's own trade words
// (and that no place or size narrows) to its head's level, marks the whole phrase as restating the
// product, and settles the target and ask levels again.
void drop_restated_needs(const Context& ctx, const OfferResult& offer, TargetResult& targets);

}  // namespace pitchclarity::model
