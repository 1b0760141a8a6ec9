# DeltaBlue: an incremental one-way constraint solver (chain and projection tests over many plans); prints the checked values.

CHAIN_SIZES = [10, 100, 1000, 5000, 10000, 20000]
PROJECTION_SIZES = [10, 100, 1000, 5000, 10000, 20000]


class Strength:
    def __init__(self, rank, name):
        self.rank = rank
        self.name = name

    def stronger_than(self, other):
        return self.rank < other.rank

    def weaker_than(self, other):
        return self.rank > other.rank

    def weaker(self):
        return STRENGTHS[self.rank + 1]

    def __repr__(self):
        return "Strength(%s)" % self.name


STRENGTHS = [Strength(rank, name) for rank, name in enumerate(
    ["required", "strong preferred", "preferred", "strong default", "normal", "weak default", "weakest"])]
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = STRENGTHS


def weakest_of(a, b):
    return a if a.weaker_than(b) else b


class RequiredUnsatisfied(Exception):
    pass


class CycleError(Exception):
    pass


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

    def add_constraint(self, constraint):
        self.constraints.append(constraint)

    def remove_constraint(self, constraint):
        self.constraints.remove(constraint)
        if self.determined_by is constraint:
            self.determined_by = None

    def __repr__(self):
        return "%s=%r" % (self.name, self.value)


class Constraint:
    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def add(self):
        self.add_to_graph()
        self.planner.incremental_add(self)

    def satisfy(self, mark):
        """Picks a method; returns the constraint it overrides, if any."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise RequiredUnsatisfied("could not satisfy a required %s" % type(self).__name__)
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise CycleError("cycle encountered")
        out.mark = mark
        return overridden

    def destroy(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False


class UnaryConstraint(Constraint):
    def __init__(self, planner, variable, strength):
        Constraint.__init__(self, planner, strength)
        self.variable = variable
        self.satisfied = False
        self.add()

    def add_to_graph(self):
        self.variable.add_constraint(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.variable.remove_constraint(self)
        self.satisfied = False

    def choose_method(self, mark):
        self.satisfied = self.variable.mark != mark and self.strength.stronger_than(self.variable.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.variable

    def recalculate(self):
        self.variable.walk_strength = self.strength
        self.variable.stay = not self.is_input()
        if self.variable.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True


class StayConstraint(UnaryConstraint):
    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True

    def execute(self):
        pass


NONE, FORWARD, BACKWARD = 0, 1, 2


class BinaryConstraint(Constraint):
    def __init__(self, planner, source, target, strength):
        Constraint.__init__(self, planner, strength)
        self.source = source
        self.target = target
        self.direction = NONE
        self.add()

    def add_to_graph(self):
        self.source.add_constraint(self)
        self.target.add_constraint(self)
        self.direction = NONE

    def remove_from_graph(self):
        self.source.remove_constraint(self)
        self.target.remove_constraint(self)
        self.direction = NONE

    def choose_method(self, mark):
        source, target = self.source, self.target
        if source.mark == mark:
            ok = target.mark != mark and self.strength.stronger_than(target.walk_strength)
            self.direction = FORWARD if ok else NONE
        elif target.mark == mark:
            ok = source.mark != mark and self.strength.stronger_than(source.walk_strength)
            self.direction = BACKWARD if ok else NONE
        elif source.walk_strength.weaker_than(target.walk_strength):
            self.direction = BACKWARD if self.strength.stronger_than(source.walk_strength) else NONE
        else:
            self.direction = FORWARD if self.strength.stronger_than(target.walk_strength) else BACKWARD

    def is_satisfied(self):
        return self.direction != NONE

    def mark_inputs(self, mark):
        self.input().mark = mark

    def input(self):
        return self.source if self.direction == FORWARD else self.target

    def output(self):
        return self.target if self.direction == FORWARD else self.source

    def recalculate(self):
        source, out = self.input(), self.output()
        out.walk_strength = weakest_of(self.strength, source.walk_strength)
        out.stay = source.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE

    def inputs_known(self, mark):
        source = self.input()
        return source.mark == mark or source.stay or source.determined_by is None


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """target = source * scale + offset, kept in whichever direction the planner picks."""

    def __init__(self, planner, source, scale, offset, target, strength):
        self.scale = scale
        self.offset = offset
        BinaryConstraint.__init__(self, planner, source, target, strength)

    def add_to_graph(self):
        BinaryConstraint.add_to_graph(self)
        self.scale.add_constraint(self)
        self.offset.add_constraint(self)

    def remove_from_graph(self):
        BinaryConstraint.remove_from_graph(self)
        self.scale.remove_constraint(self)
        self.offset.remove_constraint(self)

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.target.value = self.source.value * self.scale.value + self.offset.value
        else:
            self.source.value = (self.target.value - self.offset.value) // self.scale.value

    def recalculate(self):
        source, out = self.input(), self.output()
        out.walk_strength = weakest_of(self.strength, source.walk_strength)
        out.stay = source.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Plan:
    def __init__(self):
        self.steps = []

    def execute(self):
        for step in self.steps:
            step.execute()

    def __len__(self):
        return len(self.steps)


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, constraint):
        mark = self.new_mark()
        overridden = constraint.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, constraint):
        out = constraint.output()
        constraint.mark_unsatisfied()
        constraint.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength = REQUIRED
        while strength is not WEAKEST:
            for candidate in unsatisfied:
                if candidate.strength is strength:
                    self.incremental_add(candidate)
            strength = strength.weaker()

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = list(sources)
        while todo:
            constraint = todo.pop(0)
            out = constraint.output()
            if out.mark != mark and constraint.inputs_known(mark):
                plan.steps.append(constraint)
                out.mark = mark
                self.add_consumers(out, todo)
        return plan

    def plan_for(self, constraints):
        return self.make_plan([c for c in constraints if c.is_input() and c.is_satisfied()])

    def add_propagate(self, constraint, mark):
        todo = [constraint]
        while todo:
            current = todo.pop(0)
            if current.output().mark == mark:
                self.incremental_remove(constraint)
                return False
            current.recalculate()
            self.add_consumers(current.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            variable = todo.pop(0)
            for constraint in variable.constraints:
                if not constraint.is_satisfied():
                    unsatisfied.append(constraint)
            for constraint in variable.constraints:
                if constraint is not variable.determined_by and constraint.is_satisfied():
                    constraint.recalculate()
                    todo.append(constraint.output())
        return unsatisfied

    def add_consumers(self, variable, todo):
        for constraint in variable.constraints:
            if constraint is not variable.determined_by and constraint.is_satisfied():
                todo.append(constraint)


def chain_test(n):
    planner = Planner()
    variables = [Variable("v%d" % i) for i in range(n + 1)]
    for i in range(n):
        EqualityConstraint(planner, variables[i], variables[i + 1], REQUIRED)
    first, last = variables[0], variables[-1]
    StayConstraint(planner, last, STRONG_DEFAULT)
    edit = EditConstraint(planner, first, PREFERRED)
    plan = planner.plan_for([edit])
    failures = 0
    for i in range(100):
        first.value = i
        plan.execute()
        if last.value != i:
            failures += 1
    edit.destroy()
    print("chain %d: plan of %d steps, last %r, %d failures" % (n, len(plan), last, failures))


def change(planner, variable, value):
    edit = EditConstraint(planner, variable, PREFERRED)
    plan = planner.plan_for([edit])
    for _ in range(10):
        variable.value = value
        plan.execute()
    edit.destroy()
    return len(plan)


def projection_test(n):
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    source = target = None
    targets = []
    for i in range(n):
        source = Variable("src%d" % i, i)
        target = Variable("dst%d" % i, i)
        targets.append(target)
        StayConstraint(planner, source, NORMAL)
        ScaleConstraint(planner, source, scale, offset, target, REQUIRED)
    steps = [change(planner, source, 17)]
    results = [target.value]
    steps.append(change(planner, target, 1050))
    results.append(source.value)
    steps.append(change(planner, scale, 5))
    wrong = sum([1 for i in range(n - 1) if targets[i].value != i * 5 + 1000])
    steps.append(change(planner, offset, 2000))
    wrong += sum([1 for i in range(n - 1) if targets[i].value != i * 5 + 2000])
    total = 0
    for t in targets:
        total += t.value
    print("projection %d: steps %s, values %s, %d wrong, sum %d, %r %r" % (n, steps, results, wrong, total, scale, offset))


def conflicts():
    planner = Planner()
    v = Variable("v", 3)
    StayConstraint(planner, v, REQUIRED)
    try:
        StayConstraint(planner, v, REQUIRED)
    except RequiredUnsatisfied as error:
        print("conflict:", type(error).__name__, error)
    weak = EditConstraint(planner, v, WEAK_DEFAULT)
    print("weak edit satisfied:", weak.is_satisfied(), v.walk_strength, REQUIRED.weaker())


def main():
    for n in CHAIN_SIZES:
        chain_test(n)
    for n in PROJECTION_SIZES:
        projection_test(n)
    conflicts()


main()
