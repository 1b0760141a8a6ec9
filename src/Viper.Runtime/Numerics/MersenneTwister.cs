using System.Buffers.Binary;
using System.Numerics;

namespace Viper.Runtime.Numerics;

/// <summary>
/// MT19937, seeded and drawn from exactly as CPython's <c>_random</c> module does (init_by_array over an
/// int's 32-bit words, 53-bit floats from two draws), so a seeded script sees CPython's numbers.
/// </summary>
public sealed class MersenneTwister
{
    public const int StateSize = 624;
    private const int Shift = 397;
    private const uint UpperMask = 0x80000000;
    private const uint LowerMask = 0x7fffffff;

    private readonly uint[] _state = new uint[StateSize];
    private int _index = StateSize + 1;

    /// <summary>The 624 state words and the position within them, as <c>getstate()</c> exposes them.</summary>
    public (uint[] Words, int Index) State => ((uint[])_state.Clone(), _index);

    public void Restore(ReadOnlySpan<uint> words, int index)
    {
        words.CopyTo(_state);
        _index = index;
    }

    /// <summary>Seeds from a non-negative integer, least significant 32-bit word first.</summary>
    public void Seed(BigInteger seed)
    {
        var bytes = seed.ToByteArray(isUnsigned: true, isBigEndian: false);
        var key = new uint[Math.Max(1, (bytes.Length + 3) / 4)];
        for (var i = 0; i < bytes.Length; i++)
        {
            key[i / 4] |= (uint)bytes[i] << (8 * (i % 4));
        }

        var used = key.Length;
        while (used > 1 && key[used - 1] == 0)
        {
            used--;
        }

        SeedByArray(key.AsSpan(0, used));
    }

    private void SeedByArray(ReadOnlySpan<uint> key)
    {
        SeedByWord(19650218);
        int i = 1, j = 0;
        for (var k = Math.Max(StateSize, key.Length); k > 0; k--)
        {
            _state[i] = (_state[i] ^ ((_state[i - 1] ^ (_state[i - 1] >> 30)) * 1664525)) + key[j] + (uint)j;
            i++;
            j++;
            if (i >= StateSize)
            {
                _state[0] = _state[StateSize - 1];
                i = 1;
            }

            if (j >= key.Length)
            {
                j = 0;
            }
        }

        for (var k = StateSize - 1; k > 0; k--)
        {
            _state[i] = (_state[i] ^ ((_state[i - 1] ^ (_state[i - 1] >> 30)) * 1566083941)) - (uint)i;
            i++;
            if (i >= StateSize)
            {
                _state[0] = _state[StateSize - 1];
                i = 1;
            }
        }

        _state[0] = 0x80000000;
        _index = StateSize;
    }

    private void SeedByWord(uint seed)
    {
        _state[0] = seed;
        for (var i = 1; i < StateSize; i++)
        {
            _state[i] = (1812433253 * (_state[i - 1] ^ (_state[i - 1] >> 30))) + (uint)i;
        }

        _index = StateSize;
    }

    public uint NextWord()
    {
        if (_index >= StateSize)
        {
            Regenerate();
        }

        var y = _state[_index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        return y ^ (y >> 18);
    }

    private void Regenerate()
    {
        for (var k = 0; k < StateSize; k++)
        {
            var y = (_state[k] & UpperMask) | (_state[(k + 1) % StateSize] & LowerMask);
            _state[k] = _state[(k + Shift) % StateSize] ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : 0x9908b0dfu);
        }

        _index = 0;
    }

    /// <summary>A float in [0, 1) with 53 random bits: 27 from one draw and 26 from the next.</summary>
    public double NextDouble()
    {
        var a = NextWord() >> 5;
        var b = NextWord() >> 6;
        return ((a * 67108864.0) + b) * (1.0 / 9007199254740992.0);
    }

    /// <summary><c>getrandbits(k)</c>: whole draws for the low words, the last draw's top bits for the rest.</summary>
    public BigInteger NextBits(long bits)
    {
        if (bits <= 32)
        {
            return bits == 0 ? BigInteger.Zero : NextWord() >> (int)(32 - bits);
        }

        var words = new uint[(bits + 31) / 32];
        for (var i = 0; i < words.Length; i++, bits -= 32)
        {
            var word = NextWord();
            words[i] = bits < 32 ? word >> (int)(32 - bits) : word;
        }

        var bytes = new byte[words.Length * 4];
        for (var i = 0; i < words.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4 * i), words[i]);
        }

        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }
}
