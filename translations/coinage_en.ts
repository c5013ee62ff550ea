<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>coinage::FootnoteReorder</name>
    <message numerus="yes">
        <source>there are %n footnotes referenced in the text</source>
        <translation>
            <numerusform>there is %n footnote referenced in the text</numerusform>
            <numerusform>there are %n footnotes referenced in the text</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coinage::cli::AlignCommand</name>
    <message numerus="yes">
        <source>%1 (%2) -&gt; %3 (%4): %n pair(s)</source>
        <translation>
            <numerusform>%1 (%2) -&gt; %3 (%4): %n pair</numerusform>
            <numerusform>%1 (%2) -&gt; %3 (%4): %n pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coinage::cli::FootnoteEditCommand</name>
    <message numerus="yes">
        <source>line %1 is past the end of the post (%n line(s))</source>
        <translation>
            <numerusform>line %1 is past the end of the post (%n line)</numerusform>
            <numerusform>line %1 is past the end of the post (%n lines)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coinage::cli::FootnotesCommand</name>
    <message numerus="yes">
        <source>%n reference(s)</source>
        <translation>
            <numerusform>%n reference</numerusform>
            <numerusform>%n references</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coinage::gui::BilingualController</name>
    <message numerus="yes">
        <source>%n pair(s): %1</source>
        <translation>
            <numerusform>%n pair: %1</numerusform>
            <numerusform>%n pairs: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coinage::gui::BilingualView</name>
    <message numerus="yes">
        <source>Problem (%n)</source>
        <translation>
            <numerusform>Problem (%n)</numerusform>
            <numerusform>Problems (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coinage::gui::ExportDialog</name>
    <message numerus="yes">
        <source>%n warning(s): %1</source>
        <translation>
            <numerusform>%n warning: %1</numerusform>
            <numerusform>%n warnings: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coinage::gui::FootnoteCardDelegate</name>
    <message numerus="yes">
        <source>%n reference(s)</source>
        <translation>
            <numerusform>%n reference</numerusform>
            <numerusform>%n references</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coinage::gui::FootnoteController</name>
    <message numerus="yes">
        <source>%n reference(s) turned into footnotes.</source>
        <translation>
            <numerusform>%n reference turned into a footnote.</numerusform>
            <numerusform>%n references turned into footnotes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coinage::gui::FootnoteEditActions</name>
    <message numerus="yes">
        <source>%n inline note(s) turned into footnotes.</source>
        <translation>
            <numerusform>%n inline note turned into a footnote.</numerusform>
            <numerusform>%n inline notes turned into footnotes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n footnote(s) turned into inline notes.</source>
        <translation>
            <numerusform>%n footnote turned into an inline note.</numerusform>
            <numerusform>%n footnotes turned into inline notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coinage::gui::ModelSettingsPage</name>
    <message numerus="yes">
        <source>Connected to %1: %n model(s).</source>
        <translation>
            <numerusform>Connected to %1: %n model.</numerusform>
            <numerusform>Connected to %1: %n models.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) on %1.</source>
        <translation>
            <numerusform>%n model on %1.</numerusform>
            <numerusform>%n models on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coinage::gui::PairTranslator</name>
    <message numerus="yes">
        <source>Translated %n pair(s) as drafts: review them, then mark them translated.</source>
        <translation>
            <numerusform>Translated %n pair as a draft: review it, then mark it translated.</numerusform>
            <numerusform>Translated %n pairs as drafts: review them, then mark them translated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coinage::gui::RemoteImagesBar</name>
    <message numerus="yes">
        <source>This post has %n remote image(s). Nothing is fetched from the network until you allow it.</source>
        <translation>
            <numerusform>This post has %n remote image. Nothing is fetched from the network until you allow it.</numerusform>
            <numerusform>This post has %n remote images. Nothing is fetched from the network until you allow it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coinage::gui::StatusIndicators</name>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coinage::gui::VoiceLearnPage</name>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposals, strongest first.</source>
        <translation>
            <numerusform>%n proposal, strongest first.</numerusform>
            <numerusform>%n proposals, strongest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added to the voice.</source>
        <translation>
            <numerusform>%n added to the voice.</numerusform>
            <numerusform>%n added to the voice.</numerusform>
        </translation>
    </message>
</context>
</TS>
