import * as migration_20261126_050727_initial from './20261126_050727_initial';
import * as migration_20261126_054307_workflow_audit_notifications_files from './20261126_054307_workflow_audit_notifications_files';
import * as migration_20261126_060757_delivery_search_foi from './20261126_060757_delivery_search_foi';
import * as migration_20261126_080837_child_table_parent_indexes from './20261126_080837_child_table_parent_indexes';
import * as migration_20261130_082904_foi_desk from './20261130_082904_foi_desk';
import * as migration_20261130_084143_foi_deadline_reminders from './20261130_084143_foi_deadline_reminders';
import * as migration_20261130_084832_foi_membership from './20261130_084832_foi_membership';
import * as migration_20261130_085549_foi_retention from './20261130_085549_foi_retention';
import * as migration_20261130_114314_dashboards_lead_time_campaign_plan from './20261130_114314_dashboards_lead_time_campaign_plan';
import * as migration_20261130_135356_delivery_epochs from './20261130_135356_delivery_epochs';
import * as migration_20261130_144213_object_storage_fields from './20261130_144213_object_storage_fields';
import * as migration_20261130_161814_search_index from './20261130_161814_search_index';
import * as migration_20261130_170746_stored_delivery_answers from './20261130_170746_stored_delivery_answers';
import * as migration_20261130_193440_category_keys from './20261130_193440_category_keys';
import * as migration_20261130_231958_foi_code_guesses from './20261130_231958_foi_code_guesses';
import * as migration_20261201_060000_body_images from './20261201_060000_body_images';
import * as migration_20261201_065955_stored_answer_renderer from './20261201_065955_stored_answer_renderer';
import * as migration_20261201_080936_draft_slugs_not_unique from './20261201_080936_draft_slugs_not_unique';

export const migrations = [
  {
    up: migration_20261126_050727_initial.up,
    down: migration_20261126_050727_initial.down,
    name: '20261126_050727_initial',
  },
  {
    up: migration_20261126_054307_workflow_audit_notifications_files.up,
    down: migration_20261126_054307_workflow_audit_notifications_files.down,
    name: '20261126_054307_workflow_audit_notifications_files',
  },
  {
    up: migration_20261126_060757_delivery_search_foi.up,
    down: migration_20261126_060757_delivery_search_foi.down,
    name: '20261126_060757_delivery_search_foi',
  },
  {
    up: migration_20261126_080837_child_table_parent_indexes.up,
    down: migration_20261126_080837_child_table_parent_indexes.down,
    name: '20261126_080837_child_table_parent_indexes',
  },
  {
    up: migration_20261130_082904_foi_desk.up,
    down: migration_20261130_082904_foi_desk.down,
    name: '20261130_082904_foi_desk',
  },
  {
    up: migration_20261130_084143_foi_deadline_reminders.up,
    down: migration_20261130_084143_foi_deadline_reminders.down,
    name: '20261130_084143_foi_deadline_reminders',
  },
  {
    up: migration_20261130_084832_foi_membership.up,
    down: migration_20261130_084832_foi_membership.down,
    name: '20261130_084832_foi_membership',
  },
  {
    up: migration_20261130_085549_foi_retention.up,
    down: migration_20261130_085549_foi_retention.down,
    name: '20261130_085549_foi_retention',
  },
  {
    up: migration_20261130_114314_dashboards_lead_time_campaign_plan.up,
    down: migration_20261130_114314_dashboards_lead_time_campaign_plan.down,
    name: '20261130_114314_dashboards_lead_time_campaign_plan',
  },
  {
    up: migration_20261130_135356_delivery_epochs.up,
    down: migration_20261130_135356_delivery_epochs.down,
    name: '20261130_135356_delivery_epochs',
  },
  {
    up: migration_20261130_144213_object_storage_fields.up,
    down: migration_20261130_144213_object_storage_fields.down,
    name: '20261130_144213_object_storage_fields',
  },
  {
    up: migration_20261130_161814_search_index.up,
    down: migration_20261130_161814_search_index.down,
    name: '20261130_161814_search_index',
  },
  {
    up: migration_20261130_170746_stored_delivery_answers.up,
    down: migration_20261130_170746_stored_delivery_answers.down,
    name: '20261130_170746_stored_delivery_answers',
  },
  {
    up: migration_20261130_193440_category_keys.up,
    down: migration_20261130_193440_category_keys.down,
    name: '20261130_193440_category_keys',
  },
  {
    up: migration_20261130_231958_foi_code_guesses.up,
    down: migration_20261130_231958_foi_code_guesses.down,
    name: '20261130_231958_foi_code_guesses',
  },
  {
    up: migration_20261201_060000_body_images.up,
    down: migration_20261201_060000_body_images.down,
    name: '20261201_060000_body_images',
  },
  {
    up: migration_20261201_065955_stored_answer_renderer.up,
    down: migration_20261201_065955_stored_answer_renderer.down,
    name: '20261201_065955_stored_answer_renderer',
  },
  {
    up: migration_20261201_080936_draft_slugs_not_unique.up,
    down: migration_20261201_080936_draft_slugs_not_unique.down,
    name: '20261201_080936_draft_slugs_not_unique'
  },
];
