#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace coinage {

// A voice template parsed into literal text and slots: "{topic|the}者" -> slot(topic, [the]), literal("者").
// Slots: sentence, topic, topic_bare, claim, claim_bare, copula, be, this, that, end, and @name (a lexicon pick).
// Transforms after '|': cap, lower, a, the, bare, quote. "{{" and "}}" are literal braces.
struct SlotTemplate
{
    enum class Need
    {
        Nothing, // always available: sentence, end, lexicon picks
        Topic,   // a short topic: topic, topic_bare, be, this, that
        Claim    // a copula split: claim, claim_bare, copula
    };
    struct Part
    {
        bool isSlot = false;
        QString text;           // the literal, or the slot name ("@name" for a lexicon pick)
        QStringList transforms; // slots only
    };
    QList<Part> parts;

    // Parses; on failure returns false with a reason in *error.
    static bool parse(const QString &text, SlotTemplate *result, QString *error);
    // The strongest requirement among the template's slots.
    Need need() const;
    // Whether a slot carries the user's words (sentence, topic, claim and their forms).
    bool mentionsInput() const;
    QStringList lexiconNames() const;

    static bool isKnownSlot(const QString &name);
    static bool isKnownTransform(const QString &name);
};

} // namespace coinage
