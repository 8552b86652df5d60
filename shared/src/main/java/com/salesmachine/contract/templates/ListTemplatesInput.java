package com.salesmachine.contract.templates;

import com.salesmachine.contract.common.Channel;

/** Input of {@code listTemplates}: system and own templates, optionally of one channel. */
public record ListTemplatesInput(Channel channel) {
}
