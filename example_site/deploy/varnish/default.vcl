# Varnish (Debian's `varnish` package, 7.x) in front of the portal's application servers.
#
#   varnishd -a :80 -f /etc/varnish/default.vcl -s malloc,512m -t 60
#
# backends.vcl (beside this file, or on vcl_path) names the application servers and the
# director `portal` that spreads requests over them; see backends.vcl.example.
#
# What it does (docs/how-to/http-cache.md):
# * caches GET/HEAD of public pages once per host, address and scheme, for as long as the
#   application's Cache-Control says (else varnishd -t); cookies other than the session's are
#   dropped, since pages are the same for every anonymous reader;
# * passes the admin, the per-reader endpoints (/emulation/), documents, signed-in editors
#   (sessionid), requests with credentials, and every POST straight to the application;
# * answers PURGE from the application (wagtail.contrib.frontend_cache's HTTP backend) by
#   banning every stored copy of the path: any host alias, scheme or query string; a PURGE of
#   `/*` (a privacy change: any page may list it) bans everything the application rendered,
#   as the Redis HTML cache drops every page then (static files and media are kept);
# * serves a stored copy up to an hour past its lifetime when the application fails (5xx or
#   unreachable), and refreshes copies in the background for 10 s past their lifetime.
vcl 4.1;

import std;

include "backends.vcl";

# Who may purge: the application servers (their task worker sends the PURGE requests).
acl purgers {
    "127.0.0.1";
    "::1";
}

# Who may say the reader came over HTTPS (the TLS terminator: hitch, nginx, the load balancer).
acl tls_terminators {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    set req.backend_hint = portal.backend();
    if (req.restarts == 0) {
        unset req.http.X-Portal-Stale;  # only our own restart below sets it
        if (client.ip !~ tls_terminators) {
            set req.http.X-Forwarded-Proto = "http";
        }
    }

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.url == "/*") {
            # Every rendered page, feed and search answer, under every host: a page made
            # private may show in any of them. Only static files and media stay.
            if (std.ban("obj.http.X-Portal-Path !~ ^/(static|media)/")) {
                return (synth(200, "Purged"));
            }
            return (synth(400, std.ban_error()));
        }
        # Every copy of the path, as the application's own HTML cache drops them.
        if (std.ban("obj.http.X-Portal-Path == " + regsub(req.url, "[?#].*$", ""))) {
            return (synth(200, "Purged"));
        }
        return (synth(400, std.ban_error()));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);  # votes, comments, beacons, admin forms
    }
    if (req.url ~ "^/(admin|emulation|documents)(/|$)") {
        return (pass);  # the admin, per-reader state and forms (no-store), private documents
    }
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);  # signed-in editors always see the current page
    }
    # The CSRF cookie of the state endpoint and the rater's cookie do not change a page.
    unset req.http.Cookie;

    if (req.restarts > 0 && req.http.X-Portal-Stale) {
        set req.grace = 1h;  # the application failed: any stored copy is better
    } else {
        set req.grace = 10s;  # a healthy application: fresh pages, refreshed in the background
    }
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    hash_data(req.http.host);
    # A page on http:// redirects to https://: the two answers must not share a copy.
    hash_data(req.http.X-Forwarded-Proto);
    return (lookup);
}

sub vcl_backend_response {
    # Stale if error: a failed background refresh keeps the stored copy.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    # A failed fetch of a cacheable page stores nothing (so the stored copy stays) and goes
    # to vcl_synth, which looks once more, in grace. The second attempt, and every passed
    # request, gets the application's own error page, never stored.
    if (beresp.status >= 500) {
        if (!bereq.uncacheable && !bereq.http.X-Portal-Stale) {
            return (abandon);
        }
        set beresp.ttl = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # What PURGE bans on (lurker-friendly: only obj.* is read); not sent to readers.
    set beresp.http.X-Portal-Path = regsub(bereq.url, "[?#].*$", "");
    set beresp.grace = 1h;
    if (beresp.http.Content-Type ~ "^(text/|application/(json|xml|javascript|ld\+json))") {
        set beresp.do_gzip = true;
    }
    # Varnish's built-in rules follow: Cache-Control private/no-cache/no-store, Set-Cookie
    # and Vary: * make a response uncacheable; max-age / s-maxage set its lifetime.
}

sub vcl_backend_error {
    # The application is unreachable: keep the stored copy (a background refresh), or look
    # for it once more (vcl_synth).
    if (bereq.is_bgfetch || (!bereq.uncacheable && !bereq.http.X-Portal-Stale)) {
        return (abandon);
    }
}

sub vcl_synth {
    # A page whose fetch failed: once more, accepting a copy up to an hour past its lifetime.
    if (resp.status == 503 && req.restarts == 0 && !req.http.X-Portal-Stale
        && (req.method == "GET" || req.method == "HEAD")) {
        set req.http.X-Portal-Stale = "1";
        return (restart);
    }
}

sub vcl_deliver {
    unset resp.http.X-Portal-Path;
    if (req.http.X-Portal-Stale && obj.hits > 0) {
        set resp.http.X-Cache = "STALE";
        set resp.http.Cache-Control = "no-cache";  # nothing downstream keeps it
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
