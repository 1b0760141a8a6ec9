using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Errors;

/// <summary>The rules of <c>raise</c>, <c>raise ... from</c> and <c>except</c> matching, with CPython's errors.</summary>
public static class ExceptionRaising
{
    /// <summary>What <c>raise value</c> raises: an exception instance as it is, an exception class called with no arguments.</summary>
    public static PyBaseException Instantiate(Interpreter vm, Value value)
    {
        switch (value.Ref)
        {
            case PyBaseException exception:
                return exception;
            case PyType type when type.IsSubtypeOf(ExceptionTypes.BaseException):
                {
                    var instance = vm.Call(value, []);
                    return instance.Ref as PyBaseException ?? throw PyErrors.TypeError(
                        $"calling {Repr.Of(value)} should have returned an instance of BaseException, not {TypeNames.Of(instance)}");
                }

            default:
                throw PyErrors.TypeError("exceptions must derive from BaseException");
        }
    }

    /// <summary><c>raise error from cause</c>: None clears the cause and hides the context in tracebacks.</summary>
    public static void SetCause(Interpreter vm, PyBaseException error, Value cause)
    {
        error.SuppressContext = true;
        if (cause.IsNone)
        {
            error.Cause = null;
            return;
        }

        if (cause.Ref is not PyBaseException && !IsExceptionClass(cause))
        {
            throw PyErrors.TypeError("exception causes must derive from BaseException");
        }

        error.Cause = Instantiate(vm, cause);
    }

    /// <summary>
    /// Implicit chaining: an exception raised while another is handled records it as its context.
    /// As in CPython, a cycle the new link would close is cut at the exception being raised.
    /// </summary>
    public static void SetContext(PyBaseException error, PyBaseException? handled)
    {
        if (handled is null || ReferenceEquals(handled, error))
        {
            return;
        }

        for (var link = handled; link.Context is { } context; link = context)
        {
            if (ReferenceEquals(context, error))
            {
                link.Context = null;
                break;
            }
        }

        error.Context = handled;
    }

    /// <summary>
    /// Whether an <c>except</c> clause naming <paramref name="classInfo"/> catches an exception of
    /// <paramref name="type"/>: an exception class, or a flat tuple of them, every member checked.
    /// </summary>
    public static bool Matches(PyType type, Value classInfo)
    {
        if (classInfo.Ref is PyTuple tuple)
        {
            var matched = false;
            foreach (var item in tuple.Items)
            {
                matched |= type.IsSubtypeOf(CheckedClass(item));
            }

            return matched;
        }

        return type.IsSubtypeOf(CheckedClass(classInfo));
    }

    private static bool IsExceptionClass(Value value) => value.Ref is PyType type && type.IsSubtypeOf(ExceptionTypes.BaseException);

    private static PyType CheckedClass(Value value) => IsExceptionClass(value)
        ? (PyType)value.Ref!
        : throw PyErrors.TypeError("catching classes that do not inherit from BaseException is not allowed");
}
