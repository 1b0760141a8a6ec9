using System.Runtime.InteropServices;
using Viper.Runtime.Vm;

namespace Viper.Cli;

/// <summary>
/// Ctrl-C (SIGINT) raises KeyboardInterrupt in the running program, as in CPython. A second
/// Ctrl-C while the first is still waiting to be raised (the program is inside one long builtin
/// call) ends the process as the signal would, so the user can always stop it.
/// </summary>
internal sealed partial class InterruptSignal : IDisposable
{
    private const int SigInt = 2;

    private readonly PosixSignalRegistration _registration;

    public InterruptSignal(Interpreter interpreter)
    {
        _registration = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            if (interpreter.RequestInterrupt())
            {
                context.Cancel = true;
            }
        });
    }

    public void Dispose() => _registration.Dispose();

    /// <summary>
    /// A KeyboardInterrupt the program did not catch ends the process by SIGINT, so the shell or
    /// parent sees the signal, as CPython does; the status is the shell's for it where that fails.
    /// </summary>
    public int EndBySignal()
    {
        _registration.Dispose();
        if (!OperatingSystem.IsWindows())
        {
            Kill(Environment.ProcessId, SigInt);
        }

        return 128 + SigInt;
    }

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int Kill(int processId, int signal);
}
