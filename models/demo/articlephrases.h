#pragma once

// The phrases ArticleGenerator writes its articles with, apart from the engine
// that expands them (articlegenerator.cpp). Internal to portaldesk_models.
//
// The grammar:
// "name = alternative | alternative"; a line starting with "|" adds
// alternatives to the rule above. In an alternative, {name} expands a rule
// (the topic's own, else the common one), {*name} the same, in bold three
// times in ten, {#lo-hi} a number ("/step" rounds it, "5.0-9.9" gives one
// decimal), and {place}, {placeName}, {otherPlace}, {otherPlaceName},
// {hamlet}, {date}, {month}, {nextMonth}, {year}, {nextYear}, {lastYear},
// {quarter} come from the article: its main xã/phường and its date;
// {Place} is {place} starting a sentence. A rule named "$name" is expanded
// once an article ("{$work}" says the same thing wherever it appears).
// A title or sapo may start with "[story]": the sapo then follows its title.
// The engine asks each topic for: title, sapo, sapoTail, lead, heading,
// sentence, quote, listIntro, item, tag, source. All text is NFC.

#include <span>
#include <string_view>

namespace PortalDesk::Models::ArticlePhrases {

// In articlephrases.cpp:

// The sections articles are spread over, in the portal's menu order.
extern const std::span<const std::u16string_view> sectionNames;
// "name | name | ...": three reporters to a desk, in section order.
extern const std::u16string_view authorList;
// "place | place | ...": the province's xã and phường, those in the news most first.
extern const std::u16string_view placeList;
// The rules of every topic that does not define its own.
extern const std::u16string_view commonRules;

// The topics, one block each: "@topic SECTION WEIGHT" (WEIGHT in percent of
// articles), then its rules. Topics are drawn by their place in the order
// affairsTopicRules then sectorTopicRules: reordering them changes every
// article a seed gives.
// Thời sự, Kinh tế, Văn hoá – Xã hội (sections 0-2): articlephrases_affairs.cpp.
extern const std::span<const std::u16string_view> affairsTopicRules;
// Chỉ đạo – Điều hành, Quốc phòng – An ninh, Giáo dục, Y tế, Nông nghiệp
// (sections 3-7): articlephrases_sectors.cpp.
extern const std::span<const std::u16string_view> sectorTopicRules;

} // namespace PortalDesk::Models::ArticlePhrases
