"""The website check's rules: what a static reading of a shop's site shows about cookies,
trackers, consent banners, forms and legal pages, judged against the CNIL's cookie rules and
the GDPR. Plain data and functions: the fetching lives in :mod:`assistant.website`."""
