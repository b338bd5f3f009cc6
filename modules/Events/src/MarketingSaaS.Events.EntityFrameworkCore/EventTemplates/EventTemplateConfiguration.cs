using MarketingSaaS.Events.EventTemplates;
using MarketingSaaS.Events.MarketingEvents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarketingSaaS.Events.EntityFrameworkCore.EventTemplates;

internal sealed class EventTemplateConfiguration : IEntityTypeConfiguration<EventTemplate>
{
    public void Configure(EntityTypeBuilder<EventTemplate> builder)
    {
        builder.ToTable("EventTemplates");
        builder.Property(t => t.Name).HasMaxLength(EventTemplateConsts.MaxNameLength).IsRequired();
        builder.Property(t => t.Description).HasMaxLength(EventTemplateConsts.MaxDescriptionLength);
        builder.Property(t => t.Goal).HasMaxLength(MarketingEventConsts.MaxTextLength);
        builder.Property(t => t.Theme).HasMaxLength(MarketingEventConsts.MaxThemeLength);
        builder.Property(t => t.TargetAudience).HasMaxLength(MarketingEventConsts.MaxTextLength);
        builder.Property(t => t.Place).HasMaxLength(MarketingEventConsts.MaxPlaceLength);
        builder.Property(t => t.OnlineLink).HasMaxLength(MarketingEventConsts.MaxOnlineLinkLength);
        builder.OwnsOne(t => t.ValueCanvas, canvas =>
        {
            canvas.Property(c => c.WhyCome).HasColumnName("ValueCanvasWhyCome").HasMaxLength(MarketingEventConsts.MaxTextLength);
            canvas.Property(c => c.TakeAway).HasColumnName("ValueCanvasTakeAway").HasMaxLength(MarketingEventConsts.MaxTextLength);
            canvas.Property(c => c.WillShare).HasColumnName("ValueCanvasWillShare").HasMaxLength(MarketingEventConsts.MaxTextLength);
        });
        builder.Navigation(t => t.ValueCanvas).IsRequired();
        builder.Ignore(t => t.TotalBudget);
        builder.HasIndex(t => new { t.TenantId, t.Name });
        builder.HasMany(t => t.BudgetLines).WithOne().HasForeignKey(l => l.EventTemplateId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.BudgetLines).HasField("_budgetLines").AutoInclude();
        builder.HasMany(t => t.Tasks).WithOne().HasForeignKey(t => t.EventTemplateId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Tasks).HasField("_tasks").AutoInclude();
        builder.HasMany(t => t.Milestones).WithOne().HasForeignKey(m => m.EventTemplateId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Milestones).HasField("_milestones").AutoInclude();
        builder.HasMany(t => t.Risks).WithOne().HasForeignKey(r => r.EventTemplateId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Risks).HasField("_risks").AutoInclude();
    }
}
