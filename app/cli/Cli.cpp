#include "Cli.h"

#include "CommandContext.h"
#include "Commands.h"
#include "i18n/UiLanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include <cstring>

namespace coinage::cli {
namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(coinage::cli::Cli)
};

struct Verb
{
    const char *name;
    const char *summary; // translated through Cli::tr
    int (*run)(const QStringList &arguments);
};

// Every verb of `coinage`.
const Verb verbs[] = {
    {"check", QT_TRANSLATE_NOOP("coinage::cli::Cli", "report problems in posts (front matter, encoding)"), &runCheck},
    {"export", QT_TRANSLATE_NOOP("coinage::cli::Cli", "write a post into a Jekyll site, ready to build"), &runExport},
    {"new", QT_TRANSLATE_NOOP("coinage::cli::Cli", "create a new post or draft in a Jekyll site"), &runNew},
    {"frontmatter", QT_TRANSLATE_NOOP("coinage::cli::Cli", "get or set one front matter key"), &runFrontMatter},
    {"footnotes", QT_TRANSLATE_NOOP("coinage::cli::Cli", "list a post's footnotes and their problems"), &runFootnotes},
    {"renumber", QT_TRANSLATE_NOOP("coinage::cli::Cli", "renumber footnotes in reference order"), &runRenumber},
    {"convert-references", QT_TRANSLATE_NOOP("coinage::cli::Cli", "turn [1] and References into footnotes"),
     &runConvertReferences},
    {"footnote-edit", QT_TRANSLATE_NOOP("coinage::cli::Cli", "rename, remove, gather, convert or insert footnotes"),
     &runFootnoteEdit},
    {"voices", QT_TRANSLATE_NOOP("coinage::cli::Cli", "retell a sentence in pastiche voices"), &runVoices},
    {"align", QT_TRANSLATE_NOOP("coinage::cli::Cli", "align a post with its translation and check the pair"),
     &runAlign},
    {"publish", QT_TRANSLATE_NOOP("coinage::cli::Cli", "move a draft into _posts with today's date"), &runPublish},
    {"unpublish", QT_TRANSLATE_NOOP("coinage::cli::Cli", "move a post back to _drafts"), &runUnpublish},
    {"rename", QT_TRANSLATE_NOOP("coinage::cli::Cli", "give a post or draft a new slug"), &runRename},
    {"posts", QT_TRANSLATE_NOOP("coinage::cli::Cli", "list a site's posts and drafts with their state"), &runPosts},
};

const Verb *findVerb(const char *name)
{
    for (const Verb &verb : verbs) {
        if (std::strcmp(verb.name, name) == 0)
            return &verb;
    }
    return nullptr;
}

void printUsage(QTextStream &out)
{
    out << Cli::tr("Usage: coinage [FILE...]          open posts in the Coinage window") << '\n'
        << Cli::tr("       coinage VERB [OPTIONS...]  work on posts from the command line") << "\n\n"
        << Cli::tr("Verbs:") << '\n';
    for (const Verb &verb : verbs)
        out << QStringLiteral("  %1  ").arg(QString::fromLatin1(verb.name), -20) << Cli::tr(verb.summary) << '\n';
    out << '\n'
        << Cli::tr("Options:") << '\n'
        << QStringLiteral("  %1  ").arg(QStringLiteral("-h, --help"), -20) << Cli::tr("show this help") << '\n'
        << QStringLiteral("  %1  ").arg(QStringLiteral("-v, --version"), -20) << Cli::tr("show the version") << '\n'
        << '\n'
        << Cli::tr("Run 'coinage VERB --help' for a verb's options.") << Qt::endl;
}

bool isOneOf(const char *arg, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(), [arg](const char *n) { return std::strcmp(arg, n) == 0; });
}

} // namespace

bool isCommandLine(int argc, char **argv)
{
    if (argc < 2)
        return false;
    return findVerb(argv[1]) || isOneOf(argv[1], {"-h", "--help", "-v", "--version", "help"});
}

int run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("coinage"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COINAGE_VERSION));
    // The command line speaks the language of the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), like other tools.
    UiLanguage::install(&app, UiLanguage::resolve(QString(), QLocale::system().uiLanguages()));
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.isEmpty()) {
        printUsage(err);
        return UsageError;
    }
    const QString first = arguments.first();
    if (first == u"-v" || first == u"--version") {
        out << QStringLiteral("coinage %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return Success;
    }
    if (first == u"-h" || first == u"--help" || first == u"help") {
        printUsage(out);
        return Success;
    }
    const Verb *verb = findVerb(first.toUtf8().constData());
    if (!verb) {
        err << Cli::tr("coinage: unknown verb '%1'").arg(first) << '\n';
        printUsage(err);
        return UsageError;
    }
    arguments.removeFirst();
    return verb->run(arguments);
}

} // namespace coinage::cli
