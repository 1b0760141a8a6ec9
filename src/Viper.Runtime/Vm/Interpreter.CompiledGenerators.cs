using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

/// <summary>
/// Generators whose body the tier hook compiled. Such a generator has no VM frame: each resumption
/// calls its compiled body, which loads the saved slots, goes on from the yield and saves them again
/// at the next one. So every way of resuming it (FOR_ITER, a consuming builtin, <c>yield from</c>)
/// goes through <see cref="RunGenerator"/> rather than pushing the frame in the dispatch loop.
/// A generator suspended by the VM resumes in compiled code and the other way round: both keep the
/// same slots and yield offsets.
/// </summary>
public sealed partial class Interpreter
{
    private static CompiledGenerator? CompiledBodyOf(PyGenerator generator) =>
        generator.Function.Code.CompiledEntry is CompiledGenerator compiled && ReferenceEquals(compiled.Globals, generator.Function.Globals)
            ? compiled
            : null;

    /// <summary>Whether the dispatch loop must leave this generator to <see cref="RunGenerator"/> instead of running its frame inline.</summary>
    private static bool RunsCompiled(PyGenerator generator) => generator.Function.Code.CompiledEntry is CompiledGenerator;

    /// <summary>
    /// <see cref="RunGenerator"/> for a compiled body: true when it yields; false when it returns.
    /// An exception leaving the body finishes the generator, a StopIteration as CPython's RuntimeError.
    /// </summary>
    private bool RunCompiledGenerator(CompiledGenerator compiled, PyGenerator generator, int pc, int resumeSlot, Value sent, PyBaseException? thrown, out Value result)
    {
        // As when the VM cannot push the frame: the generator is left as it was.
        if (_frameCount + _compiledDepth >= RecursionLimit)
        {
            throw PyErrors.RecursionError();
        }

        if (resumeSlot >= 0)
        {
            generator.Slots[resumeSlot] = sent;
        }

        if (thrown is not null)
        {
            ExceptionRaising.SetContext(thrown, _handledException);
        }

        generator.State = GeneratorState.Running;
        generator.Delegate = default;
        try
        {
            result = compiled.Body(this, generator, pc, thrown);
        }
        catch (PythonException raised)
        {
            FinishGenerator(generator);
            var error = StopIterationAsRuntimeError(raised.Value);
            if (ReferenceEquals(error, raised.Value))
            {
                throw;
            }

            throw new PythonException(error);
        }
        catch
        {
            FinishGenerator(generator);
            throw;
        }

        if (generator.State == GeneratorState.Suspended)
        {
            return true;
        }

        FinishGenerator(generator);
        return false;
    }
}
