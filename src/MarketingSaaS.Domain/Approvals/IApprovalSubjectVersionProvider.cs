namespace MarketingSaaS.Approvals;

/// <summary>
/// Implemented by a module that can name the version of its item (a row version or a content hash), registered scoped;
/// asked for requests whose <see cref="ApprovalRequest.SubjectModule"/> equals <see cref="SubjectModule"/> (ignoring case)
/// each time a decision log line is written. Null: the engine's own content hash of the request is used.
/// </summary>
public interface IApprovalSubjectVersionProvider
{
    string SubjectModule { get; }

    /// <summary>At most <see cref="ApprovalSubjectVersions.MaxLength"/> characters.</summary>
    Task<string?> GetVersionAsync(ApprovalRequest request, CancellationToken cancellationToken);
}
