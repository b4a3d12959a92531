package io.workflowrun.camel.provider.tencent;

import java.util.List;

/**
 * The endpoint's options for a trigger call, each overridden per message by its header.
 *
 * @param taskIds                    the tasks to run; empty for all
 * @param schedulingResourceGroupId  or null for the workflow's own
 * @param integrationResourceGroupId or null for the workflow's own
 */
record TriggerDefaults(List<String> taskIds, String schedulingResourceGroupId, String integrationResourceGroupId) {
}
