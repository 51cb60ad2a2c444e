"""Information notices (GDPR Art. 12 to 14): what a shop must tell people about the
processing of their data, drawn from the register.

- :mod:`.facts` gathers every information item of Art. 13(1)-(2) and 14 for one or more
  processing, each filled from the register or a named gap (never invented).
"""
