using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MarketingSaaS.Events.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EventRegistrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Company = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckInCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false, defaultValue: "zh-Hans"),
                    CheckedInAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IsLead = table.Column<bool>(type: "INTEGER", nullable: false),
                    MarkedLeadAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UtmCampaign = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    UtmContent = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    UtmMedium = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    UtmSource = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    UtmTerm = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventRegistrations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EventRegistrationSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConfirmedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventRegistrationSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EventTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SourceEventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    IsSpecial = table.Column<bool>(type: "INTEGER", nullable: false),
                    RiskTier = table.Column<int>(type: "INTEGER", nullable: false),
                    Goal = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    TargetAudience = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    OnlineLink = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    OwnerUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ValueCanvasWhyCome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ValueCanvasTakeAway = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ValueCanvasWillShare = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<long>(type: "INTEGER", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionTime = table.Column<long>(type: "INTEGER", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MarketingEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    IsSpecial = table.Column<bool>(type: "INTEGER", nullable: false),
                    RiskTier = table.Column<int>(type: "INTEGER", nullable: false),
                    Goal = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    TargetAudience = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    StartTime = table.Column<long>(type: "INTEGER", nullable: false),
                    EndTime = table.Column<long>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    OnlineLink = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    OwnerUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ValueCanvasWhyCome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ValueCanvasTakeAway = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ValueCanvasWillShare = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ApprovalRequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<long>(type: "INTEGER", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionTime = table.Column<long>(type: "INTEGER", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketingEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EventTemplateBudgetLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventTemplateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventTemplateBudgetLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventTemplateBudgetLines_EventTemplates_EventTemplateId",
                        column: x => x.EventTemplateId,
                        principalTable: "EventTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventTemplateMilestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventTemplateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    OffsetFromStartTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    DayOffset = table.Column<int>(type: "INTEGER", nullable: false),
                    IsKeyDate = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventTemplateMilestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventTemplateMilestones_EventTemplates_EventTemplateId",
                        column: x => x.EventTemplateId,
                        principalTable: "EventTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventTemplateRisks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventTemplateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Likelihood = table.Column<int>(type: "INTEGER", nullable: false),
                    Impact = table.Column<int>(type: "INTEGER", nullable: false),
                    ContingencyPlan = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventTemplateRisks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventTemplateRisks_EventTemplates_EventTemplateId",
                        column: x => x.EventTemplateId,
                        principalTable: "EventTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventTemplateTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventTemplateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    StartDayOffset = table.Column<int>(type: "INTEGER", nullable: false),
                    EndDayOffset = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventTemplateTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventTemplateTasks_EventTemplates_EventTemplateId",
                        column: x => x.EventTemplateId,
                        principalTable: "EventTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventAttributedRevenues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketingEventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<long>(type: "INTEGER", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionTime = table.Column<long>(type: "INTEGER", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventAttributedRevenues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventAttributedRevenues_MarketingEvents_MarketingEventId",
                        column: x => x.MarketingEventId,
                        principalTable: "MarketingEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EventBudgetLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketingEventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventBudgetLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventBudgetLines_MarketingEvents_MarketingEventId",
                        column: x => x.MarketingEventId,
                        principalTable: "MarketingEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventExpenses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketingEventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BudgetLineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    SpentOn = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    BudgetExpenseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReceiptFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<long>(type: "INTEGER", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionTime = table.Column<long>(type: "INTEGER", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventExpenses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventExpenses_MarketingEvents_MarketingEventId",
                        column: x => x.MarketingEventId,
                        principalTable: "MarketingEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EventMilestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketingEventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Date = table.Column<long>(type: "INTEGER", nullable: false),
                    IsKeyDate = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<long>(type: "INTEGER", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionTime = table.Column<long>(type: "INTEGER", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventMilestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventMilestones_MarketingEvents_MarketingEventId",
                        column: x => x.MarketingEventId,
                        principalTable: "MarketingEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EventRehearsalReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketingEventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SentFor = table.Column<long>(type: "INTEGER", nullable: true),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventRehearsalReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventRehearsalReminders_MarketingEvents_MarketingEventId",
                        column: x => x.MarketingEventId,
                        principalTable: "MarketingEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventReviewFollowUps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketingEventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RemindedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EscalatedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventReviewFollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventReviewFollowUps_MarketingEvents_MarketingEventId",
                        column: x => x.MarketingEventId,
                        principalTable: "MarketingEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketingEventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GoalAttainment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ResourceEfficiency = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Feedback = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<long>(type: "INTEGER", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionTime = table.Column<long>(type: "INTEGER", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventReviews_MarketingEvents_MarketingEventId",
                        column: x => x.MarketingEventId,
                        principalTable: "MarketingEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EventRisks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketingEventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Likelihood = table.Column<int>(type: "INTEGER", nullable: false),
                    Impact = table.Column<int>(type: "INTEGER", nullable: false),
                    ContingencyPlan = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OwnerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<long>(type: "INTEGER", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionTime = table.Column<long>(type: "INTEGER", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventRisks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventRisks_MarketingEvents_MarketingEventId",
                        column: x => x.MarketingEventId,
                        principalTable: "MarketingEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EventTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketingEventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProgressPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<long>(type: "INTEGER", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionTime = table.Column<long>(type: "INTEGER", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventTasks_MarketingEvents_MarketingEventId",
                        column: x => x.MarketingEventId,
                        principalTable: "MarketingEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EventTemplateTaskAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventTemplateTaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    PartyId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventTemplateTaskAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventTemplateTaskAssignments_EventTemplateTasks_EventTemplateTaskId",
                        column: x => x.EventTemplateTaskId,
                        principalTable: "EventTemplateTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventImprovementItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OwnerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventImprovementItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventImprovementItems_EventReviews_EventReviewId",
                        column: x => x.EventReviewId,
                        principalTable: "EventReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventTaskAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventTaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    PartyId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventTaskAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventTaskAssignments_EventTasks_EventTaskId",
                        column: x => x.EventTaskId,
                        principalTable: "EventTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EventAttributedRevenues_MarketingEventId",
                table: "EventAttributedRevenues",
                column: "MarketingEventId");

            migrationBuilder.CreateIndex(
                name: "IX_EventAttributedRevenues_TenantId_MarketingEventId",
                table: "EventAttributedRevenues",
                columns: new[] { "TenantId", "MarketingEventId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventBudgetLines_MarketingEventId",
                table: "EventBudgetLines",
                column: "MarketingEventId");

            migrationBuilder.CreateIndex(
                name: "IX_EventBudgetLines_TenantId",
                table: "EventBudgetLines",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_EventExpenses_MarketingEventId",
                table: "EventExpenses",
                column: "MarketingEventId");

            migrationBuilder.CreateIndex(
                name: "IX_EventExpenses_TenantId_MarketingEventId",
                table: "EventExpenses",
                columns: new[] { "TenantId", "MarketingEventId" });

            migrationBuilder.CreateIndex(
                name: "IX_EventImprovementItems_EventReviewId",
                table: "EventImprovementItems",
                column: "EventReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_EventImprovementItems_TenantId",
                table: "EventImprovementItems",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_EventMilestones_MarketingEventId",
                table: "EventMilestones",
                column: "MarketingEventId");

            migrationBuilder.CreateIndex(
                name: "IX_EventMilestones_TenantId_IsKeyDate_Date",
                table: "EventMilestones",
                columns: new[] { "TenantId", "IsKeyDate", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_EventMilestones_TenantId_MarketingEventId_Date",
                table: "EventMilestones",
                columns: new[] { "TenantId", "MarketingEventId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_EventRegistrations_EventId_Email",
                table: "EventRegistrations",
                columns: new[] { "EventId", "Email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventRegistrations_EventId_Status_RegisteredAt",
                table: "EventRegistrations",
                columns: new[] { "EventId", "Status", "RegisteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EventRegistrations_TenantId_CheckInCode",
                table: "EventRegistrations",
                columns: new[] { "TenantId", "CheckInCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventRegistrationSettings_TenantId",
                table: "EventRegistrationSettings",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_EventRehearsalReminders_MarketingEventId",
                table: "EventRehearsalReminders",
                column: "MarketingEventId");

            migrationBuilder.CreateIndex(
                name: "IX_EventRehearsalReminders_TenantId_SubjectId",
                table: "EventRehearsalReminders",
                columns: new[] { "TenantId", "SubjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventReviewFollowUps_MarketingEventId",
                table: "EventReviewFollowUps",
                column: "MarketingEventId");

            migrationBuilder.CreateIndex(
                name: "IX_EventReviewFollowUps_TenantId_MarketingEventId",
                table: "EventReviewFollowUps",
                columns: new[] { "TenantId", "MarketingEventId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventReviews_MarketingEventId",
                table: "EventReviews",
                column: "MarketingEventId");

            migrationBuilder.CreateIndex(
                name: "IX_EventReviews_TenantId_MarketingEventId",
                table: "EventReviews",
                columns: new[] { "TenantId", "MarketingEventId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventRisks_MarketingEventId",
                table: "EventRisks",
                column: "MarketingEventId");

            migrationBuilder.CreateIndex(
                name: "IX_EventRisks_TenantId_MarketingEventId",
                table: "EventRisks",
                columns: new[] { "TenantId", "MarketingEventId" });

            migrationBuilder.CreateIndex(
                name: "IX_EventTaskAssignments_EventTaskId",
                table: "EventTaskAssignments",
                column: "EventTaskId");

            migrationBuilder.CreateIndex(
                name: "IX_EventTaskAssignments_TenantId_EventTaskId",
                table: "EventTaskAssignments",
                columns: new[] { "TenantId", "EventTaskId" });

            migrationBuilder.CreateIndex(
                name: "IX_EventTasks_MarketingEventId",
                table: "EventTasks",
                column: "MarketingEventId");

            migrationBuilder.CreateIndex(
                name: "IX_EventTasks_TenantId_MarketingEventId_StartDate",
                table: "EventTasks",
                columns: new[] { "TenantId", "MarketingEventId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_EventTemplateBudgetLines_EventTemplateId",
                table: "EventTemplateBudgetLines",
                column: "EventTemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_EventTemplateBudgetLines_TenantId",
                table: "EventTemplateBudgetLines",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_EventTemplateMilestones_EventTemplateId",
                table: "EventTemplateMilestones",
                column: "EventTemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_EventTemplateMilestones_TenantId_EventTemplateId",
                table: "EventTemplateMilestones",
                columns: new[] { "TenantId", "EventTemplateId" });

            migrationBuilder.CreateIndex(
                name: "IX_EventTemplateRisks_EventTemplateId",
                table: "EventTemplateRisks",
                column: "EventTemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_EventTemplateRisks_TenantId_EventTemplateId",
                table: "EventTemplateRisks",
                columns: new[] { "TenantId", "EventTemplateId" });

            migrationBuilder.CreateIndex(
                name: "IX_EventTemplates_TenantId_Name",
                table: "EventTemplates",
                columns: new[] { "TenantId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_EventTemplateTaskAssignments_EventTemplateTaskId",
                table: "EventTemplateTaskAssignments",
                column: "EventTemplateTaskId");

            migrationBuilder.CreateIndex(
                name: "IX_EventTemplateTaskAssignments_TenantId_EventTemplateTaskId",
                table: "EventTemplateTaskAssignments",
                columns: new[] { "TenantId", "EventTemplateTaskId" });

            migrationBuilder.CreateIndex(
                name: "IX_EventTemplateTasks_EventTemplateId",
                table: "EventTemplateTasks",
                column: "EventTemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_EventTemplateTasks_TenantId_EventTemplateId",
                table: "EventTemplateTasks",
                columns: new[] { "TenantId", "EventTemplateId" });

            migrationBuilder.CreateIndex(
                name: "IX_MarketingEvents_TenantId_StartTime",
                table: "MarketingEvents",
                columns: new[] { "TenantId", "StartTime" });

            migrationBuilder.CreateIndex(
                name: "IX_MarketingEvents_TenantId_Status",
                table: "MarketingEvents",
                columns: new[] { "TenantId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EventAttributedRevenues");

            migrationBuilder.DropTable(
                name: "EventBudgetLines");

            migrationBuilder.DropTable(
                name: "EventExpenses");

            migrationBuilder.DropTable(
                name: "EventImprovementItems");

            migrationBuilder.DropTable(
                name: "EventMilestones");

            migrationBuilder.DropTable(
                name: "EventRegistrations");

            migrationBuilder.DropTable(
                name: "EventRegistrationSettings");

            migrationBuilder.DropTable(
                name: "EventRehearsalReminders");

            migrationBuilder.DropTable(
                name: "EventReviewFollowUps");

            migrationBuilder.DropTable(
                name: "EventRisks");

            migrationBuilder.DropTable(
                name: "EventTaskAssignments");

            migrationBuilder.DropTable(
                name: "EventTemplateBudgetLines");

            migrationBuilder.DropTable(
                name: "EventTemplateMilestones");

            migrationBuilder.DropTable(
                name: "EventTemplateRisks");

            migrationBuilder.DropTable(
                name: "EventTemplateTaskAssignments");

            migrationBuilder.DropTable(
                name: "EventReviews");

            migrationBuilder.DropTable(
                name: "EventTasks");

            migrationBuilder.DropTable(
                name: "EventTemplateTasks");

            migrationBuilder.DropTable(
                name: "MarketingEvents");

            migrationBuilder.DropTable(
                name: "EventTemplates");
        }
    }
}
