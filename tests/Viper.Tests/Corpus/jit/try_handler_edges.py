# Handler edge cases in compiled code: a bad except clause, an error in finally while another
# propagates, the exception being handled seen by callees (exc_info, bare raise in a callee),
# an except-as name that is a parameter, and a bare raise in a callee escaping at the end.
import sys


def bad_except_clause():
    try:
        try:
            raise KeyError("k")
        except 42:
            return "unreachable"
    except TypeError as e:
        return str(e) + " / context " + repr(e.__context__)


def error_in_finally():
    try:
        try:
            raise KeyError("first")
        finally:
            raise ValueError("from finally")
    except ValueError as e:
        return repr(e) + " / context " + repr(e.__context__)


def show_handled():
    return repr(sys.exc_info()[1])


def callee_sees_handled():
    try:
        raise IndexError("seen")
    except IndexError:
        return show_handled()


def reraiser():
    raise


def bare_raise_in_callee():
    try:
        raise ValueError("v")
    except ValueError:
        try:
            reraiser()
        except ValueError as e:
            return "callee re-raised " + repr(e)


def parameter_as_target(e):
    try:
        raise KeyError(e)
    except KeyError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return str(u)


def return_through_with_and_finally(log):
    class Logged:
        def __enter__(self):
            log.append("enter")

        def __exit__(self, *args):
            log.append("exit")

    try:
        for i in range(5):
            with Logged():
                if i == 2:
                    return i
    finally:
        log.append("finally")


def escapes_from_callee():
    try:
        raise ValueError("escaping")
    except ValueError:
        reraiser()


for _ in range(2):
    print(bad_except_clause())
    print(error_in_finally())
    print(callee_sees_handled(), sys.exc_info())
    print(bare_raise_in_callee())
    print(parameter_as_target(1))
    log = []
    print(return_through_with_and_finally(log), log)
escapes_from_callee()
