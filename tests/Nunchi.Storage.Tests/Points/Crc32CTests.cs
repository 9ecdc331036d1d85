using FsCheck;
using FsCheck.Fluent;
using Nunchi.Storage.Points;

namespace Nunchi.Storage.Tests.Points;

public sealed class Crc32CTests
{
    [Fact]
    public void Compute_CheckString_MatchesTheStandardCheckValue()
    {
        Crc32C.Compute("123456789"u8).ShouldBe(0xE3069283u);
        Crc32C.ComputeSoftware("123456789"u8).ShouldBe(0xE3069283u);
    }

    [Fact]
    public void Compute_AnyBytes_InstructionsAgreeWithSoftwareAndAppendComposes()
    {
        Prop.ForAll<byte[], byte[]>((a, b) =>
        {
            var whole = a.Concat(b).ToArray();
            return Crc32C.Compute(whole) == Crc32C.ComputeSoftware(whole)
                && Crc32C.Append(Crc32C.Compute(a), b) == Crc32C.Compute(whole);
        }).QuickCheckThrowOnFailure();
    }
}
