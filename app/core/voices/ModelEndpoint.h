#pragma once

#include <QString>
#include <QUrl>

namespace coinage {

// Where model requests go. A loopback endpoint (127.0.0.0/8, ::1, localhost) keeps the user's text on this machine;
// any other host receives it, so the GUI asks the user first and the command line wants --allow-remote.
class ModelEndpoint
{
public:
    // The host part of a URL as shown to the user ("api.example.com", "[::1]" unbracketed), lower case.
    static QString host(const QUrl &url);
    // Whether a host name or address is this machine's loopback. Only literal addresses and "localhost" count: a
    // name that merely resolves to 127.0.0.1 is not trusted (the resolver may change its mind).
    static bool isLoopbackHost(const QString &host);
    static bool isLoopback(const QUrl &url) { return isLoopbackHost(host(url)); }
    // An http(s) URL with a host; the message says what is wrong otherwise.
    static bool isValid(const QUrl &url, QString *problem = nullptr);
};

} // namespace coinage
