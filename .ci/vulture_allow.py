"""Names vulture takes for unused but that are used: Qt calls them (virtual overrides, slots
named by Qt), or tests and the command line reach them by name. One line each, with why."""

_ = object()  # vulture reads this file; nothing here runs

# -- enum members read from the dossier, the content or the command line by their value ----
_.INTEGRITY  # domain/breach.py BreachKind: a breach's kind as stored
_.PROTECTED  # domain/breach.py: why the people need not be told (Art. 34(3)(a)), as stored
_.RISK_REMOVED  # domain/breach.py: Art. 34(3)(b), as stored
_.PUBLIC_NOTICE  # domain/breach.py: Art. 34(3)(c), as stored
_.PUBLIC_BODY  # domain/guide/model.py: a DPO criterion (Art. 37(1)(a)), by value
_.LARGE_SCALE_MONITORING  # domain/guide/model.py: Art. 37(1)(b), by value
_.LARGE_SCALE_SENSITIVE  # domain/guide/model.py: Art. 37(1)(c), by value
_.EVALUATION_SCORING  # domain/guide/model.py DpiaCriterion: the screening's answers, by value
_.SENSITIVE_DATA  # domain/guide/model.py DpiaCriterion, by value
_.LARGE_SCALE  # domain/guide/model.py DpiaCriterion, by value
_.MATCHING_DATASETS  # domain/guide/model.py DpiaCriterion, by value
_.INNOVATIVE_TECHNOLOGY  # domain/guide/model.py DpiaCriterion, by value
_.PREVENTS_RIGHT  # domain/guide/model.py DpiaCriterion, by value
_.VITAL_INTERESTS  # domain/processing.py LegalBasis (Art. 6(1)(d)), as stored and offered
_.EMAIL_ON_FILE  # domain/request_answer.py IdentityMethod: --identity and the dialog, by value
_.CUSTOMER_REFERENCE  # domain/request_answer.py IdentityMethod, by value
_.KNOWN_ANSWER  # domain/request_answer.py IdentityMethod, by value
_.IN_PERSON  # domain/request_answer.py IdentityMethod, by value
_.RESTRICTION  # domain/rights_request.py RightKind (Art. 18), as stored
_.FAILED  # domain/rights_request.py identity check outcome, as stored
_.PARTIALLY_FULFILLED  # domain/rights_request.py outcome, as stored
_.SESSION  # domain/website/trackers.py NecessaryReason: read from trackers.toml by value
_.CART  # domain/website/trackers.py NecessaryReason, from trackers.toml
_.LOAD_BALANCING  # domain/website/trackers.py NecessaryReason, from trackers.toml
_.LANGUAGE  # domain/website/trackers.py NecessaryReason, from trackers.toml
_.LOGIN  # domain/website/trackers.py NecessaryReason, from trackers.toml

# -- fields written and read by name --------------------------------------------------------
_.public_body  # domain/guide/model.py Dpo: stored and read by column name (store/guide_repo)
_.large_scale_monitoring  # domain/guide/model.py Dpo, by column name
_.large_scale_sensitive  # domain/guide/model.py Dpo, by column name
_.first_problem  # store/verify_log.py VerifyRecord: kept in the verify log through asdict()

# -- library hooks: the library calls them by name ------------------------------------------
_.rotate  # logrotation.py: logging.handlers.BaseRotatingHandler calls it
_.maxBytes  # logrotation.py: RotatingFileHandler reads it
_.asctime  # reports/document.py: reportlab's PDF date reads it from the frozen clock
_.YMDhms  # reports/document.py: reportlab's PDF date reads it
_.dhh  # reports/document.py: reportlab's PDF date reads it
_.dmm  # reports/document.py: reportlab's PDF date reads it
_.tzname  # reports/document.py: reportlab's PDF date reads it
_._timeStamp  # reports/document.py: reportlab's canvas reads it
_.afterFlowable  # reports/document.py: reportlab's DocTemplate calls it after each flowable
_.keepWithNext  # reports: reportlab's paragraph styles read it
_.hAlign  # reports/flow.py: reportlab's flowables read it
_.useA85  # reports/fonts.py: reportlab's canvas reads it
_.F  # reports/archival.py: reportlab's PDF annotation flags
_.OutputIntents  # reports/archival.py: the PDF/A catalogue entry reportlab writes
_.space_after  # reports/letter_docx.py: python-docx paragraph format
_.space_before  # reports/letter_docx.py: python-docx paragraph format
_.page_height  # reports/letter_docx.py: python-docx section
_.page_width  # reports/letter_docx.py: python-docx section
_.left_margin  # reports/letter_docx.py: python-docx section
_.right_margin  # reports/letter_docx.py: python-docx section
_.top_margin  # reports/letter_docx.py: python-docx section
_.bottom_margin  # reports/letter_docx.py: python-docx section
_.autofit  # reports/letter_docx.py: python-docx table
_.last_modified_by  # reports/letter_docx.py: python-docx core properties, fixed for same bytes
_.comments  # reports/letter_docx.py: python-docx core properties
_.last_printed  # reports/letter_docx.py: python-docx core properties
_.revision  # reports/letter_docx.py: python-docx core properties
_.compress_type  # reports/letter_docx.py: zipfile.ZipInfo, for the same bytes each time
_.external_attr  # reports/letter_docx.py: zipfile.ZipInfo
_.number_format  # exchange: openpyxl cells
_.freeze_panes  # exchange/portfolio_table.py: openpyxl sheet
_.redirect_request  # website/fetch.py: urllib's HTTPRedirectHandler calls it
_.handle_starttag  # website/page.py: html.parser.HTMLParser calls it
_.handle_startendtag  # website/page.py: HTMLParser calls it
_.handle_endtag  # website/page.py: HTMLParser calls it
_.handle_data  # website/page.py: HTMLParser calls it

# -- reached by tests or by a maintainer by name ----------------------------------------------
_.hours_left  # domain/deadlines.py: tests measure a clock's hours left with it
_.ITEM_ORDER  # domain/notices/facts.py: the content test checks notices.toml words every item
_.has_deferred_writes  # store/dossier.py: tests check the plan's bookkeeping waits for a change
_.disk_lookups  # store/duplicate_index.py: tests and the bench count the index's disk reads
_.trim_file  # exchange/cnil_register/workbook.py: resources/templates/cnil/README.md runs it
_.search_keys  # domain/consent.py: the folding rule from an Identity, pinned by its tests
_.fetches  # ui/models/subject_table_model.py: tests count how many pages were read
_.current_file  # ui/dialogs/help_window.py: tests check which page the help opened on
_.act_export_ledger  # ui/pages/consents_page.py: tests trigger the export menu's actions
_.act_export_status  # ui/pages/consents_page.py: tests trigger it
_.act_export_dpv  # ui/pages/consents_page.py: tests trigger it
_.act_suppression  # ui/pages/consents_page.py: tests trigger it
_.act_timeline  # ui/pages/consents_page.py: tests trigger it
_.set_available_override  # ui/screen_fit.py: tests give a small screen's size
_.remove_focus_ring  # ui/theme.py: tests take the focus ring off again
_.add_stroke  # ui/widgets/signature_pad.py: tests sign without a pointer

# -- loaded by name -------------------------------------------------------------------------
_.BreachesPage  # ui/main_window.py page_specs: imported when the page is first shown
_.NoticesPage  # ui/main_window.py page_specs, the same
_.ProcessorsPage  # ui/main_window.py page_specs, the same

# -- Qt's virtual methods: Qt calls the override ---------------------------------------------
_.filterAcceptsRow  # QSortFilterProxyModel
_.lessThan  # QSortFilterProxyModel
_.dragEnterEvent  # QWidget
_.dropEvent  # QWidget
_.paintEvent  # QWidget
_.mousePressEvent  # QWidget
_.mouseMoveEvent  # QWidget
_.mouseReleaseEvent  # QWidget
_.tabletEvent  # QWidget
_.hasHeightForWidth  # QWidget
_.heightForWidth  # QWidget

# -- Python calls by name -------------------------------------------------------------------
__getattr__  # assistant/content/__init__.py: a module-level __getattr__ (PEP 562) loads the loaders on first use
