using System.Collections.Concurrent;
using MarketingSaaS.Approvals;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>A module's version provider as tests see it: the version set for a subject id, none (null) otherwise.</summary>
internal sealed class TestSubjectVersions : IApprovalSubjectVersionProvider
{
    private static readonly ConcurrentDictionary<string, string> Versions = new();

    public string SubjectModule => RecordingOutcomeHandler.Module;

    public static void Set(string subjectId, string version) => Versions[subjectId] = version;

    public Task<string?> GetVersionAsync(ApprovalRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Versions.TryGetValue(request.SubjectId, out var version) ? version : null);
}
