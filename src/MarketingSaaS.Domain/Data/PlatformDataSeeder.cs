using MarketingSaaS.Editions;
using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Domain.Repositories;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Uow;
using MarketingSaaS.Identity;
using MarketingSaaS.Permissions;
using MarketingSaaS.Tenants;
using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Data;

/// <summary>
/// Host data (the Standard edition, the host admin and its grants) and every tenant's defaults.
/// Safe to run again.
/// </summary>
public sealed class PlatformDataSeeder(
    IRepository<Edition, Guid> editions,
    IRepository<HostUser, Guid> hostUsers,
    IRepository<HostPermissionGrant, Guid> hostGrants,
    ITenantRepository tenants,
    PermissionDefinitionManager permissions,
    IPasswordHasher<HostUser> passwordHasher,
    TenantDataSeeder tenantSeeder,
    IUnitOfWork unitOfWork,
    ICurrentTenant currentTenant,
    MarketingSaaS.Blobs.OrphanBlobCleanupSchedule orphanBlobCleanupSchedule)
{
    public async Task SeedHostAsync(string hostAdminPassword, CancellationToken cancellationToken = default)
    {
        using (currentTenant.Change(null))
        {
            if (!await editions.AnyAsync(e => e.Name == EditionConsts.StandardEditionName, cancellationToken))
            {
                await editions.InsertAsync(new Edition(SequentialGuid.Create(), EditionConsts.StandardEditionName), cancellationToken);
            }

            if (!await hostUsers.AnyAsync(u => u.NormalizedUserName == "ADMIN", cancellationToken))
            {
                if (HostUserPasswords.Problem(hostAdminPassword, "The host admin's password") is { } problem)
                {
                    throw new InvalidOperationException(problem);
                }

                var admin = new HostUser(SequentialGuid.Create(), "admin", "admin@host.local");
                admin.PasswordHash = passwordHasher.HashPassword(admin, hostAdminPassword);
                await hostUsers.InsertAsync(admin, cancellationToken);
            }

            var granted = (await hostGrants.GetListAsync(g => g.ProviderName == PermissionGrantProviders.Role && g.ProviderKey == IdentityConsts.HostAdminRole, cancellationToken))
                .Select(g => g.Name).ToHashSet();
            // Reading companies' job arguments is granted per operator, never to the whole host-admin role.
            granted.Add(MarketingSaaSPermissions.BackgroundJobs.ReadArguments);
            foreach (var permission in permissions.All.Where(p => p.MultiTenancySide.HasFlag(MultiTenancySides.Host) && !granted.Contains(p.Name)))
            {
                await hostGrants.InsertAsync(new HostPermissionGrant(SequentialGuid.Create(), permission.Name, PermissionGrantProviders.Role, IdentityConsts.HostAdminRole), cancellationToken);
            }

            await orphanBlobCleanupSchedule.EnsureAsync(cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Gives every tenant what it would get at sign-up today (new roles, grants, settings).</summary>
    /// <returns>The names of the companies seeded, in the order they were seeded.</returns>
    public async Task<IReadOnlyList<string>> SeedTenantsAsync(CancellationToken cancellationToken = default)
    {
        List<(Guid Id, string Name)> all;
        using (currentTenant.Change(null))
        {
            all = (await tenants.GetListAsync(t => true, cancellationToken)).Select(t => (t.Id, t.Name)).ToList();
        }

        foreach (var (id, _) in all)
        {
            await tenantSeeder.SeedAsync(id, admin: null, cancellationToken);
        }

        return all.Select(t => t.Name).ToList();
    }
}
