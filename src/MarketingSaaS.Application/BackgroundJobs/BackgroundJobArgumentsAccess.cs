using MarketingSaaS.AuditLogging;
using MarketingSaaS.Framework.Auditing;
using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Framework.Users;
using MarketingSaaS.Permissions;

namespace MarketingSaaS.BackgroundJobs;

/// <summary>
/// What a job's arguments and last error look like to the reader (the error text is an exception's, and can carry the
/// same company data as the arguments). A company sees its own jobs' texts. On the host side a company's job shows
/// <see cref="Redacted"/> for both (a job that never failed keeps a null error) unless the operator holds
/// <c>Host.BackgroundJobs.ReadArguments</c>; each such read is written to that company's audit log
/// (<see cref="AuditEntityType"/>, the job id, the operator), so the company sees it. Host jobs (no company) are the
/// host's own and are never redacted.
/// </summary>
public sealed class BackgroundJobArgumentsAccess(
    IPermissionChecker permissions,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    IEntityChangeLogRepository changeLogs,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
{
    public const string Redacted = "[redacted]";
    public const string AuditEntityType = "BackgroundJobArgumentsRead";

    public async Task<BackgroundJobTexts> ReadAsync(BackgroundJobRecord job, CancellationToken cancellationToken)
    {
        var texts = new BackgroundJobTexts(job.ArgsJson, job.LastError);
        if (currentTenant.Id is not null || job.TenantId is not { } companyId)
        {
            return texts;
        }

        if (!await permissions.IsGrantedAsync(MarketingSaaSPermissions.BackgroundJobs.ReadArguments, cancellationToken))
        {
            return new BackgroundJobTexts(Redacted, job.LastError is null ? null : Redacted);
        }

        await AuditAsync(companyId, job.Id, cancellationToken);
        return texts;
    }

    private async Task AuditAsync(Guid companyId, Guid jobId, CancellationToken cancellationToken)
    {
        using (currentTenant.Change(companyId))
        {
            var now = clock.GetUtcNow();
            await changeLogs.InsertAsync(
                new EntityChangeLog(Guid.CreateVersion7(now), AuditEntityType, jobId.ToString(), EntityChangeType.Created, now, currentUser.Id, currentUser.UserName, "[]"),
                cancellationToken: cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
    }
}
