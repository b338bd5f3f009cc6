using MarketingSaaS.Approvals;
using MarketingSaaS.Budgets;
using MarketingSaaS.Calendars;
using MarketingSaaS.Framework.EntityFrameworkCore.Auditing;
using MarketingSaaS.Identity;
using MarketingSaaS.Identity.Invitations;
using MarketingSaaS.OrganizationUnits;
using MarketingSaaS.Positions;
using MarketingSaaS.Processes;
using MarketingSaaS.ProcessTemplates;
using MarketingSaaS.Settings;
using MarketingSaaS.TextTemplates;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.EntityFrameworkCore.AuditLogging;

/// <summary>The platform's entities the audit log names by their own name or title.</summary>
internal static class PlatformEntityNameSources
{
    public static IServiceCollection AddPlatformEntityNameSources(this IServiceCollection services) => services
        .AddEntityNameSource<PlatformDbContext, AppUser>((set, ids) => set.Where(e => ids.Contains(e.Id)).Select(e => new EntityName(e.Id, e.Name)))
        .AddEntityNameSource<PlatformDbContext, AppRole>((set, ids) => set.Where(e => ids.Contains(e.Id)).Select(e => new EntityName(e.Id, e.Name ?? "")))
        .AddEntityNameSource<PlatformDbContext, UserInvitation>((set, ids) => set.Where(e => ids.Contains(e.Id)).Select(e => new EntityName(e.Id, e.Email)))
        .AddEntityNameSource<PlatformDbContext, OrganizationUnit>((set, ids) => set.Where(e => ids.Contains(e.Id)).Select(e => new EntityName(e.Id, e.DisplayName)))
        .AddEntityNameSource<PlatformDbContext, Position>((set, ids) => set.Where(e => ids.Contains(e.Id)).Select(e => new EntityName(e.Id, e.Name)))
        .AddEntityNameSource<PlatformDbContext, ApprovalPolicy>((set, ids) => set.Where(e => ids.Contains(e.Id)).Select(e => new EntityName(e.Id, e.Name)))
        .AddEntityNameSource<PlatformDbContext, ApprovalRequest>((set, ids) => set.Where(e => ids.Contains(e.Id)).Select(e => new EntityName(e.Id, e.Title)))
        .AddEntityNameSource<PlatformDbContext, Budget>((set, ids) => set.Where(e => ids.Contains(e.Id)).Select(e => new EntityName(e.Id, e.Name)))
        .AddEntityNameSource<PlatformDbContext, Expense>((set, ids) => set.Where(e => ids.Contains(e.Id)).Select(e => new EntityName(e.Id, e.Description)))
        .AddEntityNameSource<PlatformDbContext, ProcessTemplate>((set, ids) => set.Where(e => ids.Contains(e.Id)).Select(e => new EntityName(e.Id, e.Code + " " + e.Name)))
        .AddEntityNameSource<PlatformDbContext, ProcessInstance>((set, ids) => set.Where(e => ids.Contains(e.Id)).Select(e => new EntityName(e.Id, e.Name)))
        .AddEntityNameSource<PlatformDbContext, CalendarDay>((set, ids) => set.Where(e => ids.Contains(e.Id)).Select(e => new EntityName(e.Id, e.Name)))
        .AddEntityNameSource<PlatformDbContext, SettingValue>((set, ids) => set.Where(e => ids.Contains(e.Id)).Select(e => new EntityName(e.Id, e.Name)), "Setting:")
        .AddEntityNameSource<PlatformDbContext, TextTemplateOverride>((set, ids) => set.Where(e => ids.Contains(e.Id)).Select(e => new EntityName(e.Id, e.Name)), "TextTemplate:");
}
