package vn.eduvn.timetable.solver;

/** A class as the solver sees it: whether its sessions must run without gaps from period 1. */
public record ClassFact(String id, boolean noGaps) {}
