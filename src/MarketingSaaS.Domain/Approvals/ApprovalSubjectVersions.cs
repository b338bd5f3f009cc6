using MarketingSaaS.Blobs;

namespace MarketingSaaS.Approvals;

/// <summary>
/// The version of what a request asks to approve, recorded on every decision log line the engine writes: the owning
/// module's version when it provides one (<see cref="IApprovalSubjectVersionProvider"/>), else
/// <see cref="ApprovalRequestContentHash"/> of the request's own fields and its attachments.
/// </summary>
public sealed class ApprovalSubjectVersions(IEnumerable<IApprovalSubjectVersionProvider> providers, IBlobRecordRepository files)
{
    public const int MaxLength = 128;

    public async Task<string> GetAsync(ApprovalRequest request, CancellationToken cancellationToken = default)
    {
        foreach (var provider in providers.Where(p => string.Equals(p.SubjectModule, request.SubjectModule, StringComparison.OrdinalIgnoreCase)))
        {
            if (await provider.GetVersionAsync(request, cancellationToken) is { Length: > 0 } version)
            {
                return version.Length <= MaxLength
                    ? version
                    : throw new InvalidOperationException($"The subject version of module {request.SubjectModule} is longer than {MaxLength} characters.");
            }
        }

        var attachments = await files.GetListByOwnerAsync(BlobOwnerTypes.ApprovalRequest, request.Id, cancellationToken);
        return ApprovalRequestContentHash.Of(request, attachments.Select(a => a.Sha256));
    }
}
