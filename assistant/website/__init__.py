"""The website check: reading the shop's own site (home page and a few linked pages) as a
browser would before any consent, and judging it with :mod:`assistant.domain.website`.

- :mod:`.fetch` reads one address (urllib: user agent, timeout, size limit, redirects, TLS,
  system proxies); :mod:`.robots` reads ``robots.txt``; :mod:`.page` turns HTML into facts;
  :mod:`.crawl` reads the site; :mod:`.check` is the job the window and the command line run.
- :mod:`.plan` turns findings into actions of the plan and into a register processing,
  writing through the store; :mod:`.report_json` writes the JSON report (the PDF is built by
  :mod:`assistant.reports.website_pdf`).
"""
