cdef extern from "_find_header.h":
    int find_header(char *, int)
