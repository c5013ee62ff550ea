#include "ModelEndpoint.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace coinage {
namespace {
struct ModelEndpointText
{
    Q_DECLARE_TR_FUNCTIONS(coinage::ModelEndpoint)
};
} // namespace

QString ModelEndpoint::host(const QUrl &url)
{
    return url.host(QUrl::FullyDecoded).toLower();
}

bool ModelEndpoint::isLoopbackHost(const QString &name)
{
    QString host = name.trimmed().toLower();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    while (host.endsWith(u'.'))
        host.chop(1);
    if (host.isEmpty())
        return false;
    if (host == u"localhost")
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    if (address.isLoopback())
        return true;
    // ::ffff:127.0.0.1 is IPv4 loopback in IPv6 clothing.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 && (v4 >> 24) == 127;
}

bool ModelEndpoint::isValid(const QUrl &url, QString *problem)
{
    QString why;
    if (!url.isValid() || url.isEmpty())
        why = ModelEndpointText::tr("not a URL");
    else if (url.scheme() != u"http" && url.scheme() != u"https")
        why = ModelEndpointText::tr("the URL must start with http:// or https://");
    else if (url.host().isEmpty())
        why = ModelEndpointText::tr("the URL has no host");
    if (problem)
        *problem = why;
    return why.isEmpty();
}

} // namespace coinage
