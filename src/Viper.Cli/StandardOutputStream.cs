using System.Runtime.InteropServices;
using Viper.Runtime.Errors;

namespace Viper.Cli;

/// <summary>
/// Standard output or error as a stream that writes straight to its file descriptor. .NET's
/// <c>Console.OpenStandardOutput</c> initializes the console on its first write (terminfo, signal
/// handling, a JIT-compiled generic cache), a good part of <c>viper -c pass</c>'s own time; a
/// <see cref="FileStream"/> over the descriptor would write at its own file offset, so output and
/// errors redirected to one file (<c>&gt; log 2&gt;&amp;1</c>) would overwrite each other. This calls
/// <c>write(2)</c> as the console stream does, with its handling of errors: an interrupted call is
/// retried, a descriptor inherited in non-blocking mode is waited on until it takes more, and a
/// closed pipe drops the output (the reader is gone). Any other failure (a full disk) is the
/// OSError CPython raises, never a .NET exception.
/// </summary>
internal sealed partial class StandardOutputStream(int fileDescriptor) : Stream
{
    private const int Interrupted = 4;
    private const int WouldBlock = 11;
    private const int BrokenPipe = 32;
    private const short ReadyForWriting = 4;

    /// <summary>Descriptor 1 or 2 as a stream: this one on Unix, the console's elsewhere.</summary>
    public static Stream Open(int fileDescriptor) =>
        OperatingSystem.IsWindows()
            ? fileDescriptor == 1 ? Console.OpenStandardOutput() : Console.OpenStandardError()
            : new StandardOutputStream(fileDescriptor);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override unsafe void Write(ReadOnlySpan<byte> buffer)
    {
        fixed (byte* start = buffer)
        {
            var written = 0;
            while (written < buffer.Length)
            {
                var result = WriteBytes(fileDescriptor, start + written, buffer.Length - written);
                if (result >= 0)
                {
                    written += (int)result;
                    continue;
                }

                var error = Marshal.GetLastPInvokeError();
                if (error == Interrupted)
                {
                    continue;
                }

                if (error == BrokenPipe)
                {
                    return;
                }

                if (error == WouldBlock)
                {
                    var waitFor = new PollEntry { FileDescriptor = fileDescriptor, Events = ReadyForWriting };
                    Poll(&waitFor, 1, -1);
                    continue;
                }

                throw PyErrors.OSError(error, Marshal.GetPInvokeErrorMessage(error));
            }
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static unsafe partial nint WriteBytes(int fileDescriptor, byte* buffer, nint count);

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    private static unsafe partial int Poll(PollEntry* entries, nuint count, int timeoutMilliseconds);

    /// <summary>poll(2)'s <c>struct pollfd</c>.</summary>
    private struct PollEntry
    {
        public int FileDescriptor;
        public short Events;
        public short ReturnedEvents;
    }
}
